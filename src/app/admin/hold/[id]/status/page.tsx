import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/server/auth/session";
import { getCohort } from "@/server/cohorts/get-cohort";
import { countCohortFollowers } from "@/server/cohorts/count-cohort-followers";
import { previewCohortCancellation } from "@/server/cohorts/preview-cohort-cancellation";
import { formatKroner, plural } from "@/lib/format";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { cancelCohortAction, closeCohortAction, completeCohortAction, openCohortAction } from "@/app/admin/hold/actions";
import { Breadcrumbs } from "@/components/breadcrumbs";

export const metadata: Metadata = { title: "Bekræft ændring af hold" };

/** The confirmation step for every status change: it says what will happen before anything does. */
export default async function CohortStatusPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  await requirePageRole(`/admin/hold/${id}`, "STAFF");
  const query = singleParams(await searchParams);
  const cohort = await getCohort({ cohortId: id });
  if (!cohort) notFound();
  const handling = query.handling;
  const back = (
    <Link className="button secondary" href={`/admin/hold/${id}`}>
      Fortryd
    </Link>
  );

  let heading: string;
  let body: React.ReactNode;
  let form: React.ReactNode;
  if (handling === "aabn") {
    const followers = await countCohortFollowers({ cohortId: id });
    heading = `Åbn ${cohort.title} for tilmelding?`;
    body = (
      <ul>
        <li>Holdet bliver åbent for tilmelding på holdsiden.</li>
        <li>{plural(followers, "person, der følger holdet, får", "personer, der følger holdet, får")} en mail om, at der er åbnet for tilmelding.</li>
      </ul>
    );
    form = (
      <form action={openCohortAction}>
        <input type="hidden" name="cohortId" value={id} />
        <button className="button" type="submit">
          Åbn for tilmelding
        </button>
      </form>
    );
  } else if (handling === "luk") {
    heading = `Luk ${cohort.title} for tilmelding?`;
    body = (
      <ul>
        <li>Der kan ikke længere tilmeldes nye direktioner eller sættes nye på venteliste.</li>
        <li>Tilmeldte direktioner og ventelisten berøres ikke, og der sendes ingen mails.</li>
      </ul>
    );
    form = (
      <form action={closeCohortAction}>
        <input type="hidden" name="cohortId" value={id} />
        <button className="button" type="submit">
          Luk for tilmelding
        </button>
      </form>
    );
  } else if (handling === "gennemfoer") {
    heading = `Markér ${cohort.title} som gennemført?`;
    body = (
      <ul>
        <li>Holdet kan derefter ikke ændres. Der sendes ingen mails.</li>
        <li>Det kan kun gøres, når seminaret er begyndt.</li>
      </ul>
    );
    form = (
      <form action={completeCohortAction}>
        <input type="hidden" name="cohortId" value={id} />
        <button className="button" type="submit">
          Markér som gennemført
        </button>
      </form>
    );
  } else if (handling === "aflys") {
    const preview = await previewCohortCancellation({ cohortId: id });
    heading = `Aflys ${cohort.title}?`;
    body = (
      <>
        <div className="notice warning">
          <p>Aflysningen kan ikke fortrydes.</p>
        </div>
        <ul>
          <li>{plural(preview.directions, "tilmelding annulleres", "tilmeldinger annulleres")} (bekræftede og på venteliste).</li>
          <li>
            {plural(preview.invoices, "faktura krediteres", "fakturaer krediteres")} fuldt ud
            {preview.invoices > 0 && <> ({formatKroner(preview.creditGrossOre)} inkl. moms)</>}, og kreditnotaerne sendes elektronisk.
          </li>
          <li>{plural(preview.emails, "kontaktperson eller deltager får", "kontaktpersoner og deltagere får")} en mail om aflysningen.</li>
        </ul>
      </>
    );
    form = (
      <form action={cancelCohortAction} className="form">
        <input type="hidden" name="cohortId" value={id} />
        <div className="field">
          <label htmlFor="reason">
            Begrundelse til mailen <span className="muted">(valgfrit)</span>
          </label>
          <textarea id="reason" name="reason" maxLength={1000} />
        </div>
        <div className="form-actions">
          <button className="button danger" type="submit">
            Aflys holdet
          </button>
        </div>
      </form>
    );
  } else {
    notFound();
  }

  return (
    <main id="main" className="container narrow">
      <Breadcrumbs trail={[{ href: "/admin/hold", label: "Hold" }, { href: `/admin/hold/${id}`, label: cohort.title }]} current={"Bekræft"} />
      <h1>{heading}</h1>
      <Flash params={query} />
      <div className="card confirm-card">
        <h2 className="visually-hidden">Det sker</h2>
        {body}
        <div className="form-actions">
          {form}
          {back}
        </div>
      </div>
    </main>
  );
}
