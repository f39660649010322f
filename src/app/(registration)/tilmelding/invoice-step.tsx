import { Field } from "@/components/form/field";
import type { RegistrationState } from "./registration-state";
import { StepNav } from "@/components/form/step-nav";

export function InvoiceStep({ state, pending }: { state: RegistrationState; pending: boolean }) {
  return (
    <>
      <p>Fakturaen sendes elektronisk til kommunens EAN-nummer. EAN-nummer, ordre- eller rekvisitionsnummer og personreference skal udfyldes.</p>
      <div className="row">
        <Field name="ean" label="EAN-nummer" state={state} required inputMode="numeric" maxLength={20} hint="13 cifre, fx 5798000000018" />
        <Field name="cvr" label="CVR-nummer" state={state} required inputMode="numeric" maxLength={14} hint="8 cifre" />
      </div>
      <div className="row">
        <Field name="orderNumber" label="Ordre- eller rekvisitionsnummer" state={state} required maxLength={100} />
        <Field name="personReference" label="Personreference" state={state} required maxLength={100} hint="Den person eller det ID, fakturaen skal rutes til" />
      </div>
      <Field name="accountingString" label="Konteringsstreng" state={state} maxLength={100} />
      <Field name="billingName" label="Fakturamodtager" state={state} required maxLength={200} autoComplete="organization" />
      <Field name="billingStreet" label="Adresse" state={state} required maxLength={200} autoComplete="street-address" />
      <div className="row">
        <Field name="billingPostalCode" label="Postnummer" state={state} required inputMode="numeric" maxLength={4} autoComplete="postal-code" />
        <Field name="billingCity" label="By" state={state} required maxLength={100} autoComplete="address-level2" />
      </div>
      <StepNav pending={pending} />
    </>
  );
}
