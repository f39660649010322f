"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { withdrawNetworkConsentAction } from "./actions";
import { SubmitButton } from "@/components/form/submit-button";

export function WithdrawForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(withdrawNetworkConsentAction, initialFormState);
  if (state.status === "success") {
    return (
      <div className="notice success" role="status">
        <p>{state.message}</p>
        <p>Ombestemmer du dig, kan din direktion tilmelde dig netværket igen under Min tilmelding.</p>
      </div>
    );
  }
  return (
    <form action={action} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <div className="form-actions">
        <SubmitButton pending={pending} label="Frameld mig netværket" pendingLabel="Framelder …" variant="danger" />
      </div>
    </form>
  );
}
