import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { db } from "@/server/db";
import { formatDateTimeShort } from "@/lib/format";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { offerSeatsAction, promoteAction, reorderAction } from "./actions";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Venteliste" };

export default async function WaitlistPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requirePageRole(`/admin/hold/${id}/venteliste`, "STAFF");
  const query = singleParams(await searchParams);
  const cohort = await db.cohort.findUnique({ where: { id } });
  if (!cohort) notFound();
  const waiting = await db.direction.findMany({
    where: { cohortId: id, status: "WAITLISTED" },
    orderBy: { waitlistPosition: "asc" },
    include: { municipality: true, participants: { where: { status: "ACTIVE" }, select: { id: true } }, waitlistOffers: { where: { status: "OPEN" } } },
  });
  return (
    <main id="main" className="container">
      <Breadcrumbs trail={[{ href: "/admin/hold", label: "Hold" }, { href: `/admin/hold/${id}`, label: cohort.title }]} current={"Venteliste"} />
      <h1>Venteliste · {cohort.title}</h1>
      <Flash params={query} />
      <p>
        Når der bliver plads, tilbydes den automatisk den første på listen, der kan være der. “Ryk op” bekræfter en direktion med det samme (kapaciteten kontrolleres), og
        kontaktpersonen får en mail.
      </p>
      <form action={offerSeatsAction} className="inline-form">
        <input type="hidden" name="cohortId" value={id} />
        <button className="button secondary small" type="submit">
          Tilbyd ledige pladser nu
        </button>
      </form>
      {waiting.length === 0 ? (
        <p>Ingen på ventelisten.</p>
      ) : (
        <ScrollTable
          label="Venteliste"
          columns={[{ label: "Nr.", numeric: true }, "Kommune", { label: "Deltagere", numeric: true }, "Tilbud", "Flyt til nr.", { label: "Handlinger", hidden: true }]}
        >
          {waiting.map((d) => (
            <tr key={d.id}>
              <td className="num">{d.waitlistPosition}</td>
              <td>
                <Link href={`/admin/tilmeldinger/${d.id}`}>{d.municipality.name}</Link>
              </td>
              <td className="num">{d.participants.length}</td>
              <td>{d.waitlistOffers[0] ? `Åbent til ${formatDateTimeShort(d.waitlistOffers[0].expiresAt)}` : "–"}</td>
              <td>
                <form action={reorderAction} className="inline-form">
                  <input type="hidden" name="cohortId" value={id} />
                  <input type="hidden" name="directionId" value={d.id} />
                  <label className="visually-hidden" htmlFor={`pos-${d.id}`}>
                    Ny placering for {d.municipality.name}
                  </label>
                  <select id={`pos-${d.id}`} name="newPosition" defaultValue={String(d.waitlistPosition)}>
                    {waiting.map((_, i) => (
                      <option key={i} value={i + 1}>
                        {i + 1}
                      </option>
                    ))}
                  </select>{" "}
                  <button className="button secondary small" type="submit">
                    Flyt
                  </button>
                </form>
              </td>
              <td>
                <form action={promoteAction}>
                  <input type="hidden" name="cohortId" value={id} />
                  <input type="hidden" name="directionId" value={d.id} />
                  <button className="button small" type="submit">
                    Ryk op
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </ScrollTable>
      )}
    </main>
  );
}
