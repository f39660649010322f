"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { followCohortAction } from "@/app/(public)/hold/[slug]/actions";
import { SubmitButton } from "@/components/form/submit-button";

/** "Giv mig besked": one mail when the cohort's dates are announced; works without JavaScript. */
export function FollowCohortForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(followCohortAction, initialFormState);
  return (
    <section className="notice info" aria-labelledby="follow-heading">
      <h3 id="follow-heading" style={{ marginTop: 0 }}>
        Giv mig besked
      </h3>
      <p>Tilmeldingen åbner, når datoerne er på plads. Skriv din e-mailadresse, så sender vi én mail, når det sker.</p>
      {state.status === "success" ? (
        <FormMessage state={state} />
      ) : (
        <form action={action} className="form" noValidate>
          <FormMessage state={state} />
          <input type="hidden" name="slug" value={slug} />
          <Field name="email" label="Din e-mailadresse" type="email" autoComplete="email" required state={state} />
          <p className="small muted">Vi bruger kun adressen til denne ene mail og sletter den bagefter. Læs mere under <a href="/privatliv">privatliv</a>.</p>
          <div className="form-actions">
            <SubmitButton pending={pending} label="Giv mig besked" />
          </div>
        </form>
      )}
    </section>
  );
}
