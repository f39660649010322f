import { NotFoundTitle } from "@/components/not-found-title";

/** The title every "not found" page has, whichever area it is in. */
export const NOT_FOUND_TITLE = "Siden findes ikke";

const FULL_TITLE = `${NOT_FOUND_TITLE} · Kommunestyret 2030`;

/** The same title in every area, whatever its title template adds. */
export const NOT_FOUND_METADATA = { title: { absolute: FULL_TITLE } };

/** The Danish "not found" page's content; each area's not-found.tsx puts it inside that area's header and footer. */
export function NotFoundContent({ homeHref = "/", homeLabel = "Til forsiden" }: { homeHref?: string; homeLabel?: string }) {
  return (
    <main id="main" className="container">
      <NotFoundTitle title={FULL_TITLE} />
      <h1>{NOT_FOUND_TITLE}</h1>
      <p className="lead">Vi kan ikke finde den side, du leder efter. Måske er linket forældet, eller siden er flyttet.</p>
      <p className="button-row">
        <a className="button" href={homeHref}>
          {homeLabel}
        </a>
        <a className="button secondary" href="/hold">
          Se holdene
        </a>
      </p>
    </main>
  );
}
