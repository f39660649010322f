"use client";

import { useActionState } from "react";
import { Field, FormMessage, SelectField } from "@/components/form/field";
import { initialFormState } from "@/lib/form-state";
import { AUDIENCE_LABELS, AUDIENCES } from "@/lib/schemas/cohort-message";
import { cohortMessageAction, type MessageState } from "./actions";
import { SubmitButton } from "@/components/form/submit-button";

export function MessageForm({ cohorts, initialCohortId }: { cohorts: { id: string; title: string }[]; initialCohortId?: string }) {
  const initial: MessageState = { ...initialFormState, values: { cohortId: initialCohortId ?? "", audience: "PARTICIPANTS" } };
  const [state, action, pending] = useActionState(cohortMessageAction, initial);
  return (
    <form action={action} className="form wide-form" noValidate>
      <FormMessage state={state.preview ? { ...state, status: "idle" } : state} />
      <div className="row">
        <SelectField name="cohortId" label="Hold" state={state} placeholder="Vælg hold" options={cohorts.map((c) => ({ value: c.id, label: c.title }))} />
        <SelectField name="audience" label="Modtagere" state={state} defaultValue="PARTICIPANTS" options={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))} />
      </div>
      <Field name="subject" label="Emne" required state={state} />
      <Field name="body" label="Besked" multiline required hint="Tom linje giver nyt afsnit. Linjer, der begynder med “- ”, bliver en punktopstilling." state={state} />
      <div className="form-actions">
        <button className="button secondary" type="submit" name="step" value="preview" disabled={pending}>
          Forhåndsvis
        </button>
      </div>
      {state.preview && (
        <section className="card preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Forhåndsvisning</h2>
          <p>
            <strong>Emne:</strong> {state.preview.subject}
          </p>
          {/* Rendered from the same blocks as the mail, not in an iframe: no second document to check or sandbox. */}
          <div className="email-preview">
            <p className="email-preview-brand">Kommunestyret 2030</p>
            <h3>{state.preview.subject}</h3>
            {state.preview.blocks.map((block, i) =>
              block.type === "list" ? (
                <ul key={i}>
                  {block.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ul>
              ) : block.type === "paragraph" ? (
                <p key={i}>{block.text}</p>
              ) : null,
            )}
          </div>
          <details>
            <summary>Tekstversion</summary>
            <pre className="email-text">{state.preview.text}</pre>
          </details>
          <div className="notice info">
            <p>
              Mailen sendes til <strong>{state.preview.recipients}</strong> modtagere, én mail til hver. Det kan ikke fortrydes.
            </p>
          </div>
          <SubmitButton pending={pending} label={`Send til ${state.preview.recipients} modtagere`} pendingLabel="Sender …" name="step" value="send" disabled={state.preview.recipients === 0} />
        </section>
      )}
    </form>
  );
}
