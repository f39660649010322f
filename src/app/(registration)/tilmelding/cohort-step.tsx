import { CohortStatusBadge } from "@/components/cohort-status-badge";
import { plural } from "@/lib/format";
import { fieldId } from "@/lib/form-state";
import type { RegistrationOptions, RegistrationState } from "./registration-state";
import { StepNav } from "@/components/form/step-nav";

export function CohortStep({ state, options, pending }: { state: RegistrationState; options: RegistrationOptions; pending: boolean }) {
  const error = state.fieldErrors.cohortSlug;
  const selected = state.values.cohortSlug;
  return (
    <>
      <fieldset aria-describedby={error ? `${fieldId("cohortSlug")}-error` : undefined}>
        <legend>Vælg hold</legend>
        {error && (
          <p className="error field" id={`${fieldId("cohortSlug")}-error`}>
            {error}
          </p>
        )}
        {options.cohorts.map((cohort, index) => {
          const full = cohort.availability === "FULL_WAITLIST";
          // The first choice carries the field's id, which the error summary links to.
          const id = index === 0 ? fieldId("cohortSlug") : `f-cohort-${cohort.slug}`;
          return (
            <div className="checkbox cohort-choice" key={cohort.slug}>
              <input type="radio" id={id} name="cohortSlug" value={cohort.slug} defaultChecked={selected === cohort.slug} key={`${cohort.slug}-${selected}`} aria-describedby={`${id}-info`} />
              <label htmlFor={id}>
                <strong>{cohort.title}</strong> <CohortStatusBadge availability={cohort.availability} datesAnnounced />
                <span className="small" id={`${id}-info`} style={{ display: "block" }}>
                  {cohort.dates}.{" "}
                  {full
                    ? "Holdet er fuldt – I kan skrives på venteliste."
                    : `${plural(cohort.seatsLeft, "deltagerplads", "deltagerpladser")} og ${plural(cohort.directionSlotsLeft, "direktionsplads", "direktionspladser")} ledige.`}
                  {cohort.running ? " Holdet gennemføres." : ""}
                  {cohort.deadline ? ` Tilmeldingsfrist ${cohort.deadline}.` : ""}
                </span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <StepNav pending={pending} back={false} />
    </>
  );
}
