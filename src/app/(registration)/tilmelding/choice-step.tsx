import { plural } from "@/lib/format";
import type { NeedsChoiceView } from "./registration-state";

/** A full cohort is never a silent waiting list: the director chooses, and sees the cohorts with room. */
export function ChoiceStep({ choice, pending }: { choice: NeedsChoiceView; pending: boolean }) {
  const why = choice.reason === "DIRECTIONS_FULL" ? "har allerede det maksimale antal direktioner" : "har ikke deltagerpladser nok til jeres direktion";
  return (
    <>
      <div className="notice warning" role="alert">
        <p>
          <strong>
            Holdet er fuldt – vil I på venteliste (plads nr. {choice.waitlistPosition})?
          </strong>{" "}
          {choice.cohortTitle} {why}. Bliver der plads, får I besked og 72 timer til at bekræfte. I betaler først, når pladsen er bekræftet.
        </p>
      </div>
      <div className="form-actions">
        <button className="button" type="submit" name="intent" value="waitlist" disabled={pending}>
          Ja, skriv os på ventelisten (plads nr. {choice.waitlistPosition})
        </button>
      </div>
      {choice.alternatives.length > 0 ? (
        <section aria-labelledby="alternatives-heading">
          <h3 id="alternatives-heading">Eller vælg et af disse hold med plads</h3>
          <ul className="plain-list">
            {choice.alternatives.map((alt) => (
              <li key={alt.slug}>
                <button className="button secondary" type="submit" name="intent" value={`switch:${alt.slug}`} disabled={pending}>
                  Tilmeld os på {alt.title}
                </button>{" "}
                <span className="small muted">
                  {plural(alt.seatsLeft, "deltagerplads", "deltagerpladser")} og {plural(alt.directionSlotsLeft, "direktionsplads", "direktionspladser")} ledige
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p>Der er ingen andre åbne hold med plads til jeres direktion lige nu.</p>
      )}
      <div className="form-actions">
        <button className="button secondary" type="submit" name="intent" value="edit:godkend" disabled={pending}>
          Tilbage til oversigten
        </button>
      </div>
    </>
  );
}
