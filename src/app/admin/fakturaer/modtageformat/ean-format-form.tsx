"use client";

import { useActionState } from "react";
import { Field, FormMessage, SelectField } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { E_INVOICE_FORMATS, E_INVOICE_FORMAT_LABELS } from "@/lib/schemas/receiver-format";
import { setEanFormatAction } from "./actions";
import { SubmitButton } from "@/components/form/submit-button";

/** Adds (or changes) an EAN whose registration takes another format than its municipality's. */
export function EanFormatForm({ municipalities }: { municipalities: { code: string; name: string }[] }) {
  const [state, action, pending] = useActionState(setEanFormatAction, { ...initialFormState, values: { format: "OIOUBL_21" } });
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      <div className="row">
        <Field name="ean" label="EAN-nummer" inputMode="numeric" maxLength={20} required state={state} />
        <SelectField name="municipalityCode" label="Kommune" required state={state} placeholder="Vælg kommune" options={municipalities.map((m) => ({ value: m.code, label: m.name }))} />
        <SelectField name="format" label="Format" required state={state} defaultValue="OIOUBL_21" options={E_INVOICE_FORMATS.map((f) => ({ value: f, label: E_INVOICE_FORMAT_LABELS[f] }))} />
      </div>
      <Field name="note" label="Note" hint="F.eks. hvor oplysningen kommer fra (NemHandel-registret)." maxLength={200} state={state} />
      <div className="form-actions">
        <SubmitButton pending={pending} label="Gem EAN-nummer" />
      </div>
    </form>
  );
}
