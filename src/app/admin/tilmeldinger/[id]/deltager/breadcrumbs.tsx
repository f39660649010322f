import Link from "next/link";

export function DirectionBreadcrumbs({ directionId, municipality, current }: { directionId: string; municipality: string; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Brødkrumme">
      <ol>
        <li>
          <Link href="/admin/tilmeldinger">Tilmeldinger</Link>
        </li>
        <li>
          <Link href={`/admin/tilmeldinger/${directionId}`}>{municipality}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
