"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/form/submit-button";
import type { InvoiceDetailsDefaults } from "@/lib/invoice-details-defaults";


/** The invoice details form, the same for the director (Min tilmelding) and staff (the direction's page). */
export function InvoiceDetailsForm({
  action,
  directionId,
  defaults,
  cancelHref,
  submitLabel = "Gem fakturaoplysninger",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  directionId: string;
  defaults: InvoiceDetailsDefaults;
  cancelHref: string;
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="directionId" value={directionId} />
      <div className="row">
        <Field name="ean" label="EAN-nummer" state={state} defaultValue={defaults.ean} required inputMode="numeric" maxLength={20} hint="13 cifre, fx 5798000000018" />
        <Field name="cvr" label="CVR-nummer" state={state} defaultValue={defaults.cvr} required inputMode="numeric" maxLength={12} />
      </div>
      <div className="row">
        <Field name="orderNumber" label="Ordrenummer" state={state} defaultValue={defaults.orderNumber} required maxLength={100} />
        <Field name="personReference" label="Personreference" state={state} defaultValue={defaults.personReference} required maxLength={100} />
      </div>
      <Field name="accountingString" label="Konteringsstreng" state={state} defaultValue={defaults.accountingString} maxLength={100} />
      <Field name="billingName" label="Fakturamodtager" state={state} defaultValue={defaults.billingName} required maxLength={200} />
      <Field name="billingStreet" label="Adresse" state={state} defaultValue={defaults.billingStreet} required maxLength={200} />
      <div className="row">
        <Field name="billingPostalCode" label="Postnummer" state={state} defaultValue={defaults.billingPostalCode} required inputMode="numeric" maxLength={4} />
        <Field name="billingCity" label="By" state={state} defaultValue={defaults.billingCity} required maxLength={100} />
      </div>
      <div className="form-actions">
        <SubmitButton pending={pending} label={submitLabel} />
        <a href={cancelHref}>Annullér</a>
      </div>
    </form>
  );
}
