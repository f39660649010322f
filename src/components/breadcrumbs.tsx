
export type Crumb = { href: string; label: React.ReactNode };

/** The trail above a page's heading; the last entry is the current page. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: React.ReactNode }) {
  return (
    <nav className="breadcrumbs" aria-label="Brødkrummesti">
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
