"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { fieldId, initialFormState } from "@/lib/form-state";
import { creditInvoiceAction } from "@/app/admin/fakturaer/actions";
import { SubmitButton } from "@/components/form/submit-button";

export function CreditForm({ invoiceId, seats }: { invoiceId: string; seats: number }) {
  const [state, action, pending] = useActionState(creditInvoiceAction, { ...initialFormState, values: { invoiceId, scope: "ALL" } });
  const scope = state.values.scope ?? "ALL";
  return (
    <form action={action} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="invoiceId" value={invoiceId} />
      <fieldset>
        <legend>Hvor meget krediteres?</legend>
        <div className="checkbox">
          <input type="radio" id="scope-all" name="scope" value="ALL" defaultChecked={scope === "ALL"} />
          <label htmlFor="scope-all">Hele det resterende beløb</label>
        </div>
        <div className="checkbox">
          <input type="radio" id="scope-part" name="scope" value="PART" defaultChecked={scope === "PART"} />
          <label htmlFor="scope-part">Et antal deltagere</label>
        </div>
      </fieldset>
      <fieldset aria-describedby={state.fieldErrors.seat ? `${fieldId("seat")}-error` : undefined}>
        <legend>Beholder deltagerne pladsen?</legend>
        {state.fieldErrors.seat ? (
          <p className="error" id={`${fieldId("seat")}-error`}>
            {state.fieldErrors.seat}
          </p>
        ) : null}
        <div className="checkbox">
          <input type="radio" id={fieldId("seat")} name="seat" value="KEEP" defaultChecked={state.values.seat === "KEEP"} aria-describedby="seat-keep-hint" />
          <label htmlFor={fieldId("seat")}>Ja, som goodwill</label>
        </div>
        <p className="hint" id="seat-keep-hint">
          Deltagerne beholder pladsen gratis. Den faktureres aldrig igen, heller ikke når tilmeldingen ændres senere.
        </p>
        <div className="checkbox">
          <input type="radio" id="seat-reinvoice" name="seat" value="REINVOICE" defaultChecked={state.values.seat === "REINVOICE"} aria-describedby="seat-reinvoice-hint" />
          <label htmlFor="seat-reinvoice">Nej, pladsen faktureres igen</label>
        </div>
        <p className="hint" id="seat-reinvoice-hint">
          Pladsen kommer med på næste faktura til tilmeldingen, som udstedes automatisk. Skal kun kommunens oplysninger rettes, så brug »Ret fakturaoplysninger« på tilmeldingen; skal en deltager afmeldes, så gør det dér.
        </p>
      </fieldset>
      <Field name="quantity" label="Antal deltagere (ved delvis kreditering)" type="number" inputMode="numeric" hint={`Fakturaen omfatter ${seats} deltagere.`} state={state} />
      <Field name="reason" label="Begrundelse" hint="Står på kreditnotaen." required state={state} />
      <div className="form-actions">
        <SubmitButton pending={pending} label="Udsted kreditnota" pendingLabel="Krediterer …" variant="danger" />
      </div>
    </form>
  );
}
