import Link from "next/link";

export function SelfServiceBreadcrumbs({ current }: { current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Brødkrummesti">
      <ol>
        <li>
          <Link href="/min-tilmelding">Min tilmelding</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
