"use client";

import { useActionState } from "react";
import { FormMessage, SelectField } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { moveDirectionAction } from "@/app/admin/tilmeldinger/actions";
import { SubmitButton } from "@/components/form/submit-button";

export function MoveForm({ directionId, options }: { directionId: string; options: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(moveDirectionAction, { ...initialFormState, values: { directionId } });
  return (
    <form action={action} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="directionId" value={directionId} />
      <SelectField name="targetCohortId" label="Nyt hold" state={state} placeholder="Vælg hold" options={options.map((o) => ({ value: o.id, label: o.label }))} />
      <div className="form-actions">
        <SubmitButton pending={pending} label="Flyt tilmeldingen" pendingLabel="Flytter …" />
      </div>
    </form>
  );
}
