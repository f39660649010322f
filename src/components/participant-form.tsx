"use client";

import { useActionState } from "react";
import { Checkbox, Field, FormMessage, SelectField } from "@/components/form/field";
import { FieldOfWorkOptions } from "@/components/form/field-of-work-options";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { ParticipantDefaults } from "@/lib/participant-defaults";
import { SubmitButton } from "@/components/form/submit-button";

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
      <SelectField name="field" label="Fagområde" state={state} defaultValue={defaults.field} required>
        <FieldOfWorkOptions />
      </SelectField>
      <div className="row">
        <Field name="email" label="E-mail" type="email" state={state} defaultValue={defaults.email} required autoComplete="off" />
        <Field name="phone" label="Telefon" type="tel" state={state} defaultValue={defaults.phone} autoComplete="off" />
      </div>
      <Checkbox name="overnightStay" label="Overnatter på seminaret" state={state} defaultChecked={defaults.overnightStay} />
      <Field
        name="dietaryNeeds"
        label="Kostbehov"
        state={state}
        defaultValue={defaults.dietaryNeeds}
        multiline
        maxLength={500}
        hint="Fx vegetar eller allergi. Kostbehov kan være helbredsoplysninger: de gemmes kun med samtykke og slettes efter forløbet."
      />
      <Checkbox name="dietaryConsent" label="Deltageren giver samtykke til, at kostbehovet gemmes og bruges til forplejningen" state={state} defaultChecked={defaults.dietaryConsent} />
      <Field name="accessibilityNeeds" label="Behov for tilgængelighed" state={state} defaultValue={defaults.accessibilityNeeds} multiline maxLength={500} />
      <Checkbox
        name="networkConsent"
        label="Deltageren må vises i netværkslisten for deltagere med samme fagområde"
        state={state}
        defaultChecked={defaults.networkConsent}
        hint="Kun navn, stilling og kommune deles. Samtykket kan trækkes tilbage når som helst."
      />
      <div className="form-actions">
        <SubmitButton pending={pending} label={submitLabel} />
        <a href={cancelHref}>Annullér</a>
      </div>
    </form>
  );
}
