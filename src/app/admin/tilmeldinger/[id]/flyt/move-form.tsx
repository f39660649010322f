"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { moveDirectionAction } from "@/app/admin/tilmeldinger/actions";

export function MoveForm({ directionId, options }: { directionId: string; options: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(moveDirectionAction, { ...initialFormState, values: { directionId } });
  const error = state.fieldErrors.targetCohortId;
  return (
    <form action={action} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="directionId" value={directionId} />
      <div className="field">
        <label htmlFor="targetCohortId">Nyt hold</label>
        {error && (
          <p className="error" id="targetCohortId-error">
            {error}
          </p>
        )}
        <select id="targetCohortId" name="targetCohortId" defaultValue={state.values.targetCohortId ?? ""} key={state.values.targetCohortId ?? ""} aria-invalid={error ? true : undefined} aria-describedby={error ? "targetCohortId-error" : undefined}>
          <option value="">Vælg hold</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Flytter …" : "Flyt tilmeldingen"}
        </button>
      </div>
    </form>
  );
}
