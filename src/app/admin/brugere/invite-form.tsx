"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { PARTNER_ASSOCIATIONS } from "@/domain/fields";
import { inviteUserAction } from "./actions";

export function InviteForm() {
  const [state, action, pending] = useActionState(inviteUserAction, { ...initialFormState, values: { role: "STAFF" } });
  const v = state.values;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <div className="row">
        <Field name="email" label="E-mail" type="email" required state={state} />
        <Field name="name" label="Navn" state={state} />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="role">Rolle</label>
          <select id="role" name="role" defaultValue={v.role ?? "STAFF"} key={`r-${v.role ?? ""}`}>
            <option value="STAFF">Komponent (fuld adgang)</option>
            <option value="PARTNER">Partner (kun læseadgang)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="partnerCode">
            Forening <span className="muted">(for partnere)</span>
          </label>
          {state.fieldErrors.partnerCode && (
            <p className="error" id="partnerCode-error">
              {state.fieldErrors.partnerCode}
            </p>
          )}
          <select id="partnerCode" name="partnerCode" defaultValue={v.partnerCode ?? ""} key={`p-${v.partnerCode ?? ""}`} aria-invalid={state.fieldErrors.partnerCode ? true : undefined} aria-describedby={state.fieldErrors.partnerCode ? "partnerCode-error" : undefined}>
            <option value="">Ingen</option>
            {PARTNER_ASSOCIATIONS.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Inviterer …" : "Invitér"}
        </button>
      </div>
    </form>
  );
}
