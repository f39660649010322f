
export type Crumb = { href: string; label: React.ReactNode };

/**
 * The trail above a page's heading; the last entry is the current page. `className` adds to
 * "breadcrumbs", e.g. "no-print" on a page meant for paper.
 */
export function Breadcrumbs({ trail, current, className }: { trail: Crumb[]; current: React.ReactNode; className?: string }) {
  return (
    <nav className={className ? `breadcrumbs ${className}` : "breadcrumbs"} aria-label="Brødkrummesti">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
