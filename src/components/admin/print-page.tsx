import Link from "next/link";

/** Frame for print-friendly lists: navigation hidden on paper (@media print), a CSV link on screen. */
export function PrintPage({ cohortId, cohortTitle, title, csvHref, children }: { cohortId: string; cohortTitle: string; title: string; csvHref?: string; children: React.ReactNode }) {
  return (
    <main id="main" className="container print-page">
      <nav className="breadcrumbs no-print" aria-label="Brødkrumme">
        <ol>
          <li>
            <Link href="/admin/hold">Hold</Link>
          </li>
          <li>
            <Link href={`/admin/hold/${cohortId}`}>{cohortTitle}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <h1>
        {title} <span className="muted">· {cohortTitle}</span>
      </h1>
      {csvHref && (
        <p className="no-print">
          <a className="button secondary small" href={csvHref}>
            Hent som CSV (Excel)
          </a>{" "}
          <span className="muted small">Udskriv siden med Ctrl+P / ⌘P.</span>
        </p>
      )}
      {children}
    </main>
  );
}
