"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/form/field";
import { registrationAction } from "./actions";
import { fieldId } from "@/lib/form-state";
import { participantContext, STEP_LABELS, STEPS, stepIndex, type RegistrationOptions, type RegistrationState } from "./registration-state";
import { CohortStep } from "./cohort-step";
import { MunicipalityStep } from "./municipality-step";
import { ParticipantsStep } from "./participants-step";
import { InvoiceStep } from "./invoice-step";
import { ReviewStep } from "./review-step";
import { ChoiceStep } from "./choice-step";

/**
 * The five registration steps as one form that posts to one server action. Without
 * JavaScript every button is a plain POST and the page comes back with the next step; the
 * signed draft in a hidden field carries the earlier steps.
 */
export function RegistrationWizard({ options, initialState }: { options: RegistrationOptions; initialState: RegistrationState }) {
  const [state, action, pending] = useActionState(registrationAction, initialState);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const current = state.step === "valg" ? "godkend" : state.step;

  // With JavaScript the step changes without a page load, so focus moves where a page load would
  // put it: a failed step's error summary focuses itself, a participant row just added gets its
  // first field, a new step its heading. Other answers (a municipality search) leave focus where it is.
  const shownStep = useRef(state.step);
  useEffect(() => {
    const stepChanged = shownStep.current !== state.step;
    shownStep.current = state.step;
    if (first.current) {
      first.current = false;
      return;
    }
    if (state.status === "error") return;
    const target = state.focus ? document.getElementById(fieldId(state.focus)) : null;
    if (target) target.focus();
    // A removed participant's button takes focus with it: start again from the heading.
    else if (stepChanged || document.activeElement === document.body) heading.current?.focus();
  }, [state]);

  const title = state.step === "valg" ? "Holdet er fuldt" : STEP_LABELS[state.step];
  return (
    <>
      <ol className="steps" aria-label="Trin i tilmeldingen">
        {STEPS.map((step) => (
          <li key={step} aria-current={step === current ? "step" : undefined} className={stepIndex(step) < stepIndex(current) ? "done" : undefined}>
            {STEP_LABELS[step]}
            {stepIndex(step) < stepIndex(current) && <span className="visually-hidden"> (udfyldt)</span>}
          </li>
        ))}
      </ol>
      <form action={action} className="form card registration-form" noValidate>
        {/* Pressing Enter in a field means "next", not whichever button comes first. */}
        <button type="submit" name="intent" value="next" hidden tabIndex={-1}>
          Næste
        </button>
        <input type="hidden" name="token" value={state.token} />
        <input type="hidden" name="step" value={state.step} />
        <h2 ref={heading} tabIndex={-1} style={{ marginTop: 0 }}>
          {title}
        </h2>
        <FormMessage state={state} context={participantContext} />
        {state.step === "hold" && <CohortStep state={state} options={options} pending={pending} />}
        {state.step === "kommune" && <MunicipalityStep state={state} options={options} pending={pending} />}
        {state.step === "deltagere" && <ParticipantsStep state={state} pending={pending} />}
        {state.step === "faktura" && <InvoiceStep state={state} pending={pending} />}
        {state.step === "godkend" && <ReviewStep state={state} options={options} pending={pending} />}
        {state.step === "valg" && state.choice && <ChoiceStep choice={state.choice} pending={pending} />}
      </form>
    </>
  );
}
