import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { Flash } from "@/components/admin/flash";
import { singleParams } from "@/components/admin/table-nav";
import { emailField } from "@/lib/schemas/email";

export const metadata: Metadata = { title: "Persondata" };

export default async function PersonDataPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRole("/admin/persondata", "STAFF");
  const params = singleParams(await searchParams);
  const parsed = params.email ? emailField.safeParse(params.email) : null;
  const email = parsed?.success ? parsed.data : null;
  return (
    <main id="main" className="container">
      <h1>Persondata</h1>
      <Flash params={params} />
      <p className="lead">Indsigt og sletning efter databeskyttelsesforordningen (artikel 15 og 17) for én person, fundet på e-mailadressen.</p>
      <form method="get" className="form">
        <div className="field">
          <label htmlFor="f-email">E-mailadresse</label>
          {parsed && !parsed.success && (
            <p className="error" id="f-email-error">
              {parsed.error.issues[0]?.message}
            </p>
          )}
          <input id="f-email" type="email" name="email" defaultValue={params.email ?? ""} aria-invalid={parsed && !parsed.success ? true : undefined} aria-describedby={parsed && !parsed.success ? "f-email-error" : undefined} />
        </div>
        <div className="form-actions">
          <button className="button" type="submit">
            Find personen
          </button>
        </div>
      </form>
      {email && (
        <section aria-labelledby="person-heading" className="card" style={{ marginTop: "1.5rem" }}>
          <h2 id="person-heading" style={{ marginTop: 0 }}>
            {email}
          </h2>
          <p>Indsigten samler alt, vi har om adressen: bruger, deltagelser, kontaktperson for tilmeldinger, sendte mails og følgede hold. Udtrækket logges.</p>
          <p className="form-actions">
            <a className="button secondary" href={`/admin/persondata/eksport?email=${encodeURIComponent(email)}`}>
              Hent alle oplysninger (JSON)
            </a>
            <Link className="button danger" href={`/admin/persondata/slet?email=${encodeURIComponent(email)}`}>
              Slet personen …
            </Link>
          </p>
        </section>
      )}
    </main>
  );
}
