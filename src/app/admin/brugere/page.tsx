import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { PARTNER_ASSOCIATIONS } from "@/domain/fields";
import { formatDateShort } from "@/lib/format";
import { ROLE_LABELS } from "@/components/admin/labels";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { InviteForm } from "./invite-form";
import { setUserPartnerAction } from "./actions";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Brugere" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await requirePageRole("/admin/brugere", "STAFF");
  const params = singleParams(await searchParams);
  const users = await db.user.findMany({
    where: { role: { in: ["STAFF", "PARTNER"] } },
    include: { _count: { select: { passkeys: true } } },
    orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { role: "asc" }, { email: "asc" }],
  });
  return (
    <main id="main" className="container wide">
      <h1>Brugere</h1>
      <Flash params={params} />
      <p>Komponents medarbejdere og partnerforeningernes brugere. Direktioner får adgang ved at tilmelde sig og vises ikke her.</p>
      <ScrollTable label="Brugere" columns={["E-mail", "Navn", "Rolle", "Forening", "Status", { label: "Handlinger", hidden: true }]}>
        {users.map((u) => (
          <tr key={u.id} className={u.disabledAt ? "inactive" : undefined}>
            <td>{u.email}</td>
            <td>{u.name ?? "–"}</td>
            <td>{ROLE_LABELS[u.role]}</td>
            <td>
              {u.role === "PARTNER" ? (
                <form action={setUserPartnerAction} className="inline-form">
                  <input type="hidden" name="userId" value={u.id} />
                  <label className="visually-hidden" htmlFor={`partner-${u.id}`}>
                    Forening for {u.email}
                  </label>
                  <select id={`partner-${u.id}`} name="partnerCode" defaultValue={u.partnerCode ?? ""}>
                    <option value="" disabled>
                      Vælg forening
                    </option>
                    {PARTNER_ASSOCIATIONS.map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.name}
                      </option>
                    ))}
                  </select>{" "}
                  <button className="button secondary small" type="submit">
                    Gem
                  </button>
                </form>
              ) : (
                "–"
              )}
            </td>
            <td>
              {u.disabledAt ? `Adgang fjernet ${formatDateShort(u.disabledAt)}` : "Aktiv"}
              {u.role === "STAFF" && !u.disabledAt && <span className="small muted"> · {u._count.passkeys > 0 ? "adgangsnøgle oprettet" : "ingen adgangsnøgle endnu"}</span>}
            </td>
            <td>
              {!u.disabledAt && u.id !== me.id && (
                <span>
                  {u.role === "STAFF" && u._count.passkeys > 0 && (
                    <Link className="small" href={`/admin/brugere/${u.id}/adgangsnoegle`}>
                      Nulstil adgangsnøgle …
                    </Link>
                  )}{" "}
                  <Link className="small" href={`/admin/brugere/${u.id}/fjern`}>
                    Fjern adgang …
                  </Link>
                </span>
              )}
            </td>
          </tr>
        ))}
      </ScrollTable>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invitér en bruger</h2>
        <p>Brugeren får en mail med et link til at logge ind. Der er ingen adgangskoder.</p>
        <InviteForm />
      </section>
    </main>
  );
}
