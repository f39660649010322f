import { Checkbox, Field, SelectField } from "@/components/form/field";
import { FieldOfWorkOptions } from "@/components/form/field-of-work-options";
import { fieldId } from "@/lib/form-state";
import { atParticipantLimit } from "@/domain/capacity";
import { ParticipantLimitNotice } from "@/components/participant-limit-notice";
import { participantRows, type RegistrationState } from "./registration-state";
import { StepNav } from "@/components/form/step-nav";

// The fields a participant may leave empty, folded into a <details> until needed.
const OPTIONAL = ["phone", "dietaryNeeds", "dietaryConsent", "accessibilityNeeds", "networkConsent"] as const;

/**
 * One card per participant: what every participant needs in view, the optional fields folded
 * (a <details>, so it folds without JavaScript too, open whenever one of them holds a value or an
 * error). "Tilføj deltager" and "Fjern" are submits, so rows change without JavaScript. At the
 * programme's limit per direction a sentence takes the place of "Tilføj deltager".
 */
export function ParticipantsStep({ state, pending }: { state: RegistrationState; pending: boolean }) {
  const maxParticipants = state.participantLimit;
  const rows = participantRows(state.values);
  const listError = state.fieldErrors.participants;
  return (
    <>
      <p>Tilmeld alle fra direktionen, der deltager. Hver deltager får en velkomstmail med datoerne, når tilmeldingen er bekræftet.</p>
      {/* An error about the list as a whole (too many participants) looks like any field's error. */}
      {listError && (
        <div className="field">
          <p className="error" id={fieldId("participants")} tabIndex={-1}>
            {listError}
          </p>
        </div>
      )}
      {rows.map((row, index) => {
        const p = (key: string) => `participants.${row}.${key}`;
        const optionalInUse = OPTIONAL.some((key) => state.values[p(key)] || state.fieldErrors[p(key)]);
        const name = state.values[p("name")]?.trim();
        return (
          <fieldset key={row} className="participant-card">
            <legend>Deltager {index + 1}</legend>
            <div className="row">
              <Field name={p("name")} label="Navn" state={state} required autoComplete="off" maxLength={120} autoFocus={state.focus === p("name")} />
              <Field name={p("jobTitle")} label="Stilling" state={state} required autoComplete="off" maxLength={120} />
            </div>
            <div className="row">
              <SelectField name={p("field")} label="Fagområde" state={state} required>
                <FieldOfWorkOptions />
              </SelectField>
              <Field name={p("email")} label="E-mail" type="email" state={state} required autoComplete="off" />
            </div>
            <Checkbox name={p("overnightStay")} label="Overnatter på seminaret" state={state} />
            <details className="participant-more" open={optionalInUse}>
              <summary>
                Telefon, kostbehov, tilgængelighed og netværk <span className="muted">(valgfrit)</span>
              </summary>
              <div className="participant-more-fields">
                <Field name={p("phone")} label="Telefon" type="tel" state={state} autoComplete="off" />
                <Field
                  name={p("dietaryNeeds")}
                  label="Kostbehov"
                  state={state}
                  maxLength={500}
                  hint="Fx vegetar eller allergi. Kostbehov kan være helbredsoplysninger: de gemmes kun med samtykke og slettes efter forløbet."
                />
                <Checkbox name={p("dietaryConsent")} label="Deltageren giver samtykke til, at kostbehovet gemmes og bruges til forplejningen" state={state} />
                <Field name={p("accessibilityNeeds")} label="Behov for tilgængelighed" state={state} maxLength={500} hint="Fx kørestol eller høreslynge." />
                <Checkbox
                  name={p("networkConsent")}
                  label="Deltageren må vises i netværkslisten for deltagere med samme fagområde"
                  state={state}
                  hint="Kun navn, stilling og kommune deles. Samtykket kan trækkes tilbage når som helst."
                />
              </div>
            </details>
            {rows.length > 1 && (
              <div className="participant-card-actions">
                <button className="button quiet small" type="submit" name="intent" value={`remove-participant:${row}`} disabled={pending} aria-label={`Fjern deltager ${index + 1}${name ? ` (${name})` : ""}`}>
                  Fjern deltager {index + 1}
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      {atParticipantLimit(rows.length, maxParticipants) ? (
        <ParticipantLimitNotice count={rows.length} max={maxParticipants} audience="registration" />
      ) : (
        <div className="form-actions">
          <button className="button secondary" type="submit" name="intent" value="add-participant" disabled={pending}>
            Tilføj deltager
          </button>
        </div>
      )}
      <StepNav pending={pending} />
    </>
  );
}
