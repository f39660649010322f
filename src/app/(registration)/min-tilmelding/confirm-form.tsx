"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/form/submit-button";

/** The final step of a destructive change: the page above it says what will happen. */
export function ConfirmForm({ action, hidden, label, danger = true, children }: { action: (state: FormState, formData: FormData) => Promise<FormState>; hidden: Record<string, string>; label: string; danger?: boolean; children?: React.ReactNode }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="form-actions">
        <SubmitButton pending={pending} label={label} pendingLabel="Et øjeblik …" variant={danger ? "danger" : undefined} />
        <a href="/min-tilmelding">Fortryd</a>
      </div>
    </form>
  );
}
