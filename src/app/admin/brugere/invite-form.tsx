"use client";

import { useActionState } from "react";
import { Field, FormMessage, SelectField } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { PARTNER_ASSOCIATIONS } from "@/domain/fields";
import { inviteUserAction } from "./actions";
import { SubmitButton } from "@/components/form/submit-button";

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteUserAction, { ...initialFormState, values: { role: "STAFF" } });
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <div className="row">
        <Field name="email" label="E-mail" type="email" required state={state} />
        <Field name="name" label="Navn" state={state} />
      </div>
      <div className="row">
        <SelectField name="role" label="Rolle" state={state} defaultValue="STAFF">
          <option value="STAFF">Komponent (fuld adgang)</option>
          <option value="PARTNER">Partner (kun læseadgang)</option>
        </SelectField>
        <SelectField
          name="partnerCode"
          label={
            <>
              Forening <span className="muted">(for partnere)</span>
            </>
          }
          state={state}
          placeholder="Ingen"
          options={PARTNER_ASSOCIATIONS.map((p) => ({ value: p.code, label: p.name }))}
        />
      </div>
      <div className="form-actions">
        <SubmitButton pending={pending} label="Invitér" pendingLabel="Inviterer …" />
      </div>
    </form>
  );
}
