"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { FIELDS, FIELD_LABELS } from "@/domain/fields";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { ParticipantDefaults } from "@/lib/participant-defaults";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  defaults: ParticipantDefaults;
  submitLabel: string;
  /** Where "Annullér" leads: the page the person came from (self-service overview or the admin direction page). */
  cancelHref: string;
};

/** The participant fields, shared by "add", "correct" and "replace" in self-service and admin; works without JavaScript. */
export function ParticipantForm({ action, hidden, defaults, submitLabel, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // After a failed submit an unticked box is simply absent from the values, so read them from there.
  const checked = (name: keyof ParticipantDefaults) => (state.status === "error" ? state.values[name] === "on" : Boolean(defaults[name]));
  const fieldValue = state.values.field ?? defaults.field;
  const fieldError = state.fieldErrors.field;
  const consentError = state.fieldErrors.dietaryConsent;
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="row">
        <Field name="name" label="Navn" state={state} defaultValue={defaults.name} required autoComplete="off" maxLength={200} />
        <Field name="jobTitle" label="Stilling" state={state} defaultValue={defaults.jobTitle} required maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="f-field">Fagområde</label>
        {fieldError && (
          <p className="error" id="f-field-error">
            {fieldError}
          </p>
        )}
        <select id="f-field" name="field" key={fieldValue} defaultValue={fieldValue} aria-invalid={fieldError ? true : undefined} aria-describedby={fieldError ? "f-field-error" : undefined} required>
          <option value="">Vælg fagområde</option>
          {FIELDS.map((code) => (
            <option key={code} value={code}>
              {FIELD_LABELS[code]}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <Field name="email" label="E-mail" type="email" state={state} defaultValue={defaults.email} required autoComplete="off" />
        <Field name="phone" label="Telefon" type="tel" state={state} defaultValue={defaults.phone} autoComplete="off" />
      </div>
      <div className="checkbox">
        <input type="checkbox" id="f-overnightStay" name="overnightStay" defaultChecked={checked("overnightStay")} key={`o-${checked("overnightStay")}`} />
        <label htmlFor="f-overnightStay">Overnatter på seminaret</label>
      </div>
      <Field
        name="dietaryNeeds"
        label="Kostbehov"
        state={state}
        defaultValue={defaults.dietaryNeeds}
        multiline
        maxLength={500}
        hint="Fx vegetar eller allergier. Oplysningerne kan være helbredsoplysninger og gemmes kun med samtykke; de slettes efter forløbet."
      />
      <div className="field">
        {consentError && (
          <p className="error" id="f-dietaryConsent-error">
            {consentError}
          </p>
        )}
        <div className="checkbox">
          <input
            type="checkbox"
            id="f-dietaryConsent"
            name="dietaryConsent"
            defaultChecked={checked("dietaryConsent")}
            key={`c-${checked("dietaryConsent")}`}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? "f-dietaryConsent-error" : undefined}
          />
          <label htmlFor="f-dietaryConsent">Deltageren giver samtykke til, at kostbehovene gemmes og bruges til forplejningen</label>
        </div>
      </div>
      <Field name="accessibilityNeeds" label="Behov for tilgængelighed" state={state} defaultValue={defaults.accessibilityNeeds} multiline maxLength={500} />
      <div className="checkbox">
        <input type="checkbox" id="f-networkConsent" name="networkConsent" defaultChecked={checked("networkConsent")} key={`n-${checked("networkConsent")}`} />
        <label htmlFor="f-networkConsent">Deltageren må indgå i netværkslisten til andre deltagere med samme fagområde</label>
      </div>
      <div className="form-actions">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Gemmer …" : submitLabel}
        </button>
        <a href={cancelHref}>Annullér</a>
      </div>
    </form>
  );
}
