import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { emailField } from "@/lib/schemas/email";
import { erasePersonAction } from "../actions";
import { ConfirmButtons } from "@/components/form/confirm-buttons";

export const metadata: Metadata = { title: "Slet person" };

export default async function ErasePersonPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  await requirePageRole("/admin/persondata", "STAFF");
  const parsed = emailField.safeParse((await searchParams).email ?? "");
  if (!parsed.success) {
    return (
      <main id="main" className="container">
        <h1>Slet person</h1>
        <p>
          Angiv en gyldig e-mailadresse på <Link href="/admin/persondata">Persondata</Link>.
        </p>
      </main>
    );
  }
  const email = parsed.data;
  return (
    <main id="main" className="container narrow">
      <h1>Slet {email}?</h1>
      <div className="notice warning">
        <p>Sletningen kan ikke fortrydes. Det sker:</p>
        <ul>
          <li>Deltagelser anonymiseres: navn, stilling, e-mail, telefon, kostbehov, tilgængelighedsbehov og netværkssamtykke fjernes. Pladserne på holdet bevares.</li>
          <li>Kontaktoplysninger på tilmeldinger, hvor personen er kontaktperson, fjernes.</li>
          <li>Kopier af sendte mails tømmes, og personen følger ikke længere nogen hold.</li>
          <li>En eventuel brugerkonto lukkes, og personen logges ud.</li>
          <li>Fakturaer bevares uændret i 5 år efter bogføringsloven, også en personreference på dem.</li>
        </ul>
      </div>
      <form action={erasePersonAction} className="form-actions">
        <input type="hidden" name="email" value={email} />
        <ConfirmButtons label="Slet personen" cancelHref={`/admin/persondata?email=${encodeURIComponent(email)}`} />
      </form>
    </main>
  );
}
