"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { redeemRecoveryCodeAction } from "./actions";
import { SubmitButton } from "@/components/form/submit-button";

export function RecoveryCodeForm({ back }: { back: string }) {
  const [state, action, pending] = useActionState(redeemRecoveryCodeAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="tilbage" value={back} />
      <Field name="code" label="Gendannelseskode" autoComplete="one-time-code" required state={state} hint="Fx ABCD-EFGH-JKLM" />
      <div className="form-actions">
        <SubmitButton pending={pending} label="Log ind med gendannelseskode" pendingLabel="Tjekker …" variant="secondary" />
      </div>
    </form>
  );
}
