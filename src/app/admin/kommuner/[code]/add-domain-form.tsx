"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { addMunicipalityDomainAction } from "../actions";

export function AddDomainForm({ municipalityCode }: { municipalityCode: string }) {
  const [state, action, pending] = useActionState(addMunicipalityDomainAction, initialFormState);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="municipalityCode" value={municipalityCode} />
      <Field name="domain" label="Domæne" hint="Fx aarhus.dk – uden @ og uden www." autoComplete="off" required state={state} />
      <button className="button" type="submit" disabled={pending}>
        Tilføj domæne
      </button>
    </form>
  );
}
