"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { requestSignInLinkAction } from "./actions";
import { SubmitButton } from "@/components/form/submit-button";

export function SignInForm({ back }: { back?: string }) {
  const [state, action, pending] = useActionState(requestSignInLinkAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="tilbage" value={back ?? ""} />
      <Field name="email" label="Din e-mailadresse" type="email" autoComplete="email" required state={state} hint="Vi sender et link, som du logger ind med. Du skal ikke have en adgangskode." />
      <div className="form-actions">
        <SubmitButton pending={pending} label="Send login-link" pendingLabel="Sender …" />
      </div>
    </form>
  );
}
