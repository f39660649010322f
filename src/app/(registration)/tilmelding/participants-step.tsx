import { Field } from "@/components/form/field";
import { FIELDS, FIELD_LABELS } from "@/domain/fields";
import { participantRows, type RegistrationState } from "./registration-state";
import { Checkbox, SelectField, StepNav } from "./form-controls";

/** One fieldset per participant; "Tilføj deltager" and "Fjern" are submits, so rows change without JavaScript. */
export function ParticipantsStep({ state, pending }: { state: RegistrationState; pending: boolean }) {
  const rows = participantRows(state.values);
  const listError = state.fieldErrors.participants;
  return (
    <>
      <p>Tilmeld alle fra direktionen, der deltager. Hver deltager får en velkomstmail med datoerne, når tilmeldingen er bekræftet.</p>
      {listError && <p className="error">{listError}</p>}
      {rows.map((row, index) => {
        const p = (key: string) => `participants.${row}.${key}`;
        return (
          <fieldset key={row} className="participant-fieldset">
            <legend>Deltager {index + 1}</legend>
            <div className="row">
              <Field name={p("name")} label="Navn" state={state} required autoComplete="off" maxLength={120} />
              <Field name={p("jobTitle")} label="Stilling" state={state} required autoComplete="off" maxLength={120} />
            </div>
            <SelectField name={p("field")} label="Fagområde" state={state} required>
              <option value="">Vælg fagområde</option>
              {FIELDS.map((code) => (
                <option key={code} value={code}>
                  {FIELD_LABELS[code]}
                </option>
              ))}
            </SelectField>
            <div className="row">
              <Field name={p("email")} label="E-mail" type="email" state={state} required autoComplete="off" />
              <Field name={p("phone")} label="Telefon" type="tel" state={state} autoComplete="off" />
            </div>
            <Checkbox name={p("overnightStay")} label="Overnatter på seminaret" state={state} />
            <Field
              name={p("dietaryNeeds")}
              label="Kosthensyn"
              state={state}
              maxLength={500}
              hint="Fx vegetar eller allergi. Kosthensyn kan være helbredsoplysninger: de gemmes kun med samtykke og slettes efter forløbet."
            />
            <Checkbox name={p("dietaryConsent")} label="Deltageren giver samtykke til, at kosthensynet gemmes og bruges til forplejningen" state={state} />
            <Field name={p("accessibilityNeeds")} label="Behov for tilgængelighed" state={state} maxLength={500} hint="Fx kørestol eller høreslynge." />
            <Checkbox
              name={p("networkConsent")}
              label="Deltageren må vises i netværkslisten for deltagere med samme fagområde"
              state={state}
              hint="Kun navn, stilling og kommune deles. Samtykket kan trækkes tilbage når som helst."
            />
            {rows.length > 1 && (
              <div className="form-actions">
                <button className="button danger small" type="submit" name="intent" value={`remove-participant:${row}`} disabled={pending}>
                  Fjern deltager {index + 1}
                </button>
              </div>
            )}
          </fieldset>
        );
      })}
      <div className="form-actions">
        <button className="button secondary" type="submit" name="intent" value="add-participant" disabled={pending}>
          Tilføj deltager
        </button>
      </div>
      <StepNav pending={pending} />
    </>
  );
}
