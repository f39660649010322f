import type { Metadata } from "next";
import { requirePageRole } from "@/server/auth/session";
import { getProgramme } from "@/server/programme/get-programme";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { updateProgrammeSettingsAction } from "./actions";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Indstillinger" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/admin/indstillinger", "STAFF");
  const query = singleParams(await searchParams);
  const p = await getProgramme();
  const initial: Record<string, string> = {
    sellerName: p.sellerName,
    sellerStreet: p.sellerStreet,
    sellerPostalCode: p.sellerPostalCode,
    sellerCity: p.sellerCity,
    sellerCvr: p.sellerCvr,
    sellerEmail: p.sellerEmail,
    sellerPhone: p.sellerPhone,
    sellerBankReg: p.sellerBankReg,
    sellerBankAccount: p.sellerBankAccount,
    sellerIban: p.sellerIban ?? "",
    sellerBic: p.sellerBic ?? "",
    paymentTermsDays: String(p.paymentTermsDays),
    freeCancellationDays: String(p.freeCancellationDays),
    cancellationTerms: p.cancellationTerms,
    privacyRetentionDays: String(p.privacyRetentionDays),
    reminderDaysBefore: String(p.reminderDaysBefore),
    maxParticipantsPerDirection: String(p.maxParticipantsPerDirection),
    invoiceTiming: p.invoiceTiming,
    invoiceDaysBefore: String(p.invoiceDaysBefore),
  };
  return (
    <main id="main" className="container narrow">
      <h1>Indstillinger</h1>
      <Flash params={query} />
      <p className="lead">Oplysninger og betingelser for {p.name}. Alle ændringer logges.</p>
      <div className="notice warning">
        <p>
          Sælgeroplysningerne kommer på de fakturaer og kreditnotaer, der udstedes herefter. Udstedte dokumenter beholder de oplysninger, de blev udstedt med – også når de hentes som PDF eller sendes igen.
          Betalingsfristen gælder fra næste faktura; udstedte fakturaer beholder deres forfaldsdato.
        </p>
      </div>
      <SettingsForm action={updateProgrammeSettingsAction} initial={initial} />
    </main>
  );
}
