import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listCohortOptions } from "@/server/cohorts/list-cohort-options";
import { getProgramme } from "@/server/programme/get-programme";
import { listSentCohortMessages } from "@/server/email/list-sent-cohort-messages";
import { formatDateTimeShort } from "@/lib/format";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { MessageForm } from "./message-form";
import { updateReminderDaysAction } from "./actions";

export const metadata: Metadata = { title: "Kommunikation" };

export default async function CommunicationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/admin/kommunikation", "STAFF");
  const params = singleParams(await searchParams);
  const [cohorts, programme, recent] = await Promise.all([
    listCohortOptions({ withoutCancelled: true }),
    getProgramme(),
    listSentCohortMessages(),
  ]);
  const titles = new Map(cohorts.map((c) => [c.id, c.title]));
  return (
    <main id="main" className="container">
      <h1>Kommunikation</h1>
      <Flash params={params} />
      <section aria-labelledby="compose-heading">
        <h2 id="compose-heading">Skriv til et hold</h2>
        <MessageForm cohorts={cohorts} initialCohortId={params.hold} />
      </section>

      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">Seneste udsendelser</h2>
        {recent.length === 0 ? (
          <p>Ingen endnu.</p>
        ) : (
          <ul>
            {recent.map((r) => {
              const after = (r.after ?? {}) as { batchId?: string; subject?: string; recipients?: number };
              return (
                <li key={r.id}>
                  <Link href={`/admin/kommunikation/${after.batchId}`}>{after.subject}</Link> · {titles.get(r.entityId) ?? "Hold"} · {after.recipients} modtagere ·{" "}
                  {formatDateTimeShort(r.at)} · {r.actorEmail}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">Automatiske påmindelser</h2>
        <p>Alle deltagere får automatisk en påmindelse med tid og sted før seminaret og før opfølgningsdagen. Hver påmindelse sendes kun én gang.</p>
        <form action={updateReminderDaysAction} className="inline-form">
          <label htmlFor="reminderDaysBefore">Antal dage før</label>{" "}
          <input id="reminderDaysBefore" name="reminderDaysBefore" type="number" min={1} max={60} defaultValue={programme?.reminderDaysBefore ?? 7} className="narrow-input" />{" "}
          <button className="button secondary small" type="submit">
            Gem
          </button>
        </form>
      </section>
    </main>
  );
}
