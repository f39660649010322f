"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { fieldId, initialFormState, type FormState } from "@/lib/form-state";
import { INVOICE_TIMINGS, INVOICE_TIMING_LABELS } from "@/domain/invoice-timing";
import { SubmitButton } from "@/components/form/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function SettingsForm({ action, initial }: { action: Action; initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, { ...initialFormState, values: initial });
  return (
    <form action={formAction} className="form admin-form settings-form" noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend>Sælger på fakturaen</legend>
        <Field name="sellerName" label="Navn" required state={state} />
        <Field name="sellerStreet" label="Adresse" required state={state} />
        <div className="row">
          <Field name="sellerPostalCode" label="Postnummer" inputMode="numeric" required maxLength={4} state={state} />
          <Field name="sellerCity" label="By" required state={state} />
        </div>
        <div className="row">
          <Field name="sellerCvr" label="CVR-nummer" inputMode="numeric" required state={state} />
          <Field name="sellerEmail" label="E-mail" type="email" required state={state} />
        </div>
        <Field name="sellerPhone" label="Telefon" type="tel" required state={state} />
      </fieldset>
      <fieldset>
        <legend>Bank</legend>
        <div className="row">
          <Field name="sellerBankReg" label="Reg.nr." hint="4 cifre." inputMode="numeric" required maxLength={4} state={state} />
          <Field name="sellerBankAccount" label="Kontonummer" hint="Op til 10 cifre." inputMode="numeric" required state={state} />
        </div>
        <div className="row">
          <Field name="sellerIban" label="IBAN" state={state} />
          <Field name="sellerBic" label="BIC (SWIFT)" state={state} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Betingelser og frister</legend>
        <Field name="paymentTermsDays" label="Betalingsfrist i dage" type="number" inputMode="numeric" required state={state} />
        <Field name="freeCancellationDays" label="Gratis afmelding indtil antal dage før seminaret" type="number" inputMode="numeric" required state={state} />
        <Field name="cancellationTerms" label="Afmeldingsbetingelser" hint="Vises ved tilmeldingen og i bekræftelsen." multiline required maxLength={2000} state={state} />
        <Field
          name="privacyRetentionDays"
          label="Sletning af kostbehov, dage efter opfølgningsdagen"
          hint="Helbredsoplysninger slettes automatisk dette antal dage efter holdets opfølgningsdag."
          type="number"
          inputMode="numeric"
          required
          state={state}
        />
        <Field name="reminderDaysBefore" label="Påmindelse, dage før" hint="Sendes før seminaret og før opfølgningsdagen." type="number" inputMode="numeric" required state={state} />
      </fieldset>
      <fieldset aria-describedby={state.fieldErrors.invoiceTiming ? `${fieldId("invoiceTiming")}-error` : "invoiceTiming-hint"}>
        <legend>Hvornår faktureres tilmeldingerne?</legend>
        <p className="hint" id="invoiceTiming-hint">
          Gælder fra nu af. Udstedte fakturaer ændres ikke. Et hold, der aldrig gennemføres, kræver ingen kreditnotaer, hvis det faktureres, når det gennemføres.
        </p>
        {state.fieldErrors.invoiceTiming ? (
          <p className="error" id={`${fieldId("invoiceTiming")}-error`}>
            {state.fieldErrors.invoiceTiming}
          </p>
        ) : null}
        {INVOICE_TIMINGS.map((timing, index) => (
          <div className="checkbox" key={timing}>
            <input type="radio" id={index === 0 ? fieldId("invoiceTiming") : `invoiceTiming-${timing}`} name="invoiceTiming" value={timing} defaultChecked={state.values.invoiceTiming === timing} />
            <label htmlFor={index === 0 ? fieldId("invoiceTiming") : `invoiceTiming-${timing}`}>{INVOICE_TIMING_LABELS[timing]}</label>
          </div>
        ))}
        <Field
          name="invoiceDaysBefore"
          label="Antal dage før seminaret"
          hint="Bruges, når der faktureres et antal dage før seminaret. Direktioner, der tilmelder sig senere, faktureres med det samme."
          type="number"
          inputMode="numeric"
          required
          state={state}
        />
      </fieldset>
      <fieldset>
        <legend>Pladser på holdene</legend>
        <Field
          name="maxParticipantsPerDirection"
          label="Højst antal deltagere pr. direktion"
          hint="Gælder nye tilmeldinger og tilføjede deltagere. 8 giver plads til 5 direktioner på et hold med 40 pladser."
          type="number"
          inputMode="numeric"
          required
          state={state}
        />
      </fieldset>
      <div className="form-actions">
        <SubmitButton pending={pending} label="Gem indstillingerne" />
      </div>
    </form>
  );
}
