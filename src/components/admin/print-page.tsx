import { Breadcrumbs } from "@/components/breadcrumbs";

/** Frame for print-friendly lists: navigation hidden on paper (@media print), a CSV link on screen. */
export function PrintPage({ cohortId, cohortTitle, title, csvHref, children }: { cohortId: string; cohortTitle: string; title: string; csvHref?: string; children: React.ReactNode }) {
  return (
    <main id="main" className="container print-page">
      <Breadcrumbs className="no-print" trail={[{ href: "/admin/hold", label: "Hold" }, { href: `/admin/hold/${cohortId}`, label: cohortTitle }]} current={title} />
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
