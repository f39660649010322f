"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/form/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { SubmitButton } from "@/components/form/submit-button";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Create and edit form for a cohort. With JavaScript, picking the seminar date fills the
 * 12-12 default (end date the next day, 12.00 both days); without it the server applies the
 * same defaults to empty fields.
 */
export function CohortForm({ action, initial, submitLabel }: { action: Action; initial: Record<string, string>; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, { ...initialFormState, values: initial });

  function fillTwelveToTwelve(event: React.FormEvent<HTMLFieldSetElement>) {
    const input = event.target as HTMLInputElement;
    if (input.name !== "seminarDate" || !/^\d{4}-\d{2}-\d{2}$/.test(input.value)) return;
    const form = input.form;
    if (!form) return;
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name) as HTMLInputElement | null;
      if (field) field.value = value;
    };
    set("seminarEndDate", nextDay(input.value));
    const start = form.elements.namedItem("seminarStartTime") as HTMLInputElement | null;
    const end = form.elements.namedItem("seminarEndTime") as HTMLInputElement | null;
    if (start && !start.value) start.value = "12.00";
    if (end && !end.value) end.value = "12.00";
  }

  return (
    <form action={formAction} className="form admin-form" noValidate>
      <FormMessage state={state} />
      {initial.cohortId && <input type="hidden" name="cohortId" value={initial.cohortId} />}
      <fieldset>
        <legend>Holdet</legend>
        <div className="row">
          <Field name="number" label="Holdnummer" hint="Et nummer, som intet andet hold har." type="number" inputMode="numeric" required state={state} />
          <Field name="slug" label="Adresse (slug)" hint="Bruges i holdets webadresse, fx hold-4." required state={state} />
        </div>
        <Field name="title" label="Titel" hint="Fx “Hold 4 – Aalborg”." required state={state} />
        <Field name="description" label="Beskrivelse" multiline state={state} />
        <Field name="themes" label="Temaer" hint="Ét tema pr. linje." multiline state={state} />
      </fieldset>

      <fieldset onChange={fillTwelveToTwelve}>
        <legend>Seminar (12-12 med overnatning)</legend>
        <p className="hint small muted">Vælg startdatoen. Tomme felter betyder kl. 12.00 til kl. 12.00 dagen efter.</p>
        <div className="row">
          <Field name="seminarDate" label="Startdato" type="date" state={state} />
          <Field name="seminarStartTime" label="Starttid" hint="tt.mm, fx 12.00" state={state} />
        </div>
        <div className="row">
          <Field name="seminarEndDate" label="Slutdato" type="date" hint="Tom: dagen efter startdatoen." state={state} />
          <Field name="seminarEndTime" label="Sluttid" hint="tt.mm, fx 12.00" state={state} />
        </div>
        <VenueFields day="seminar" state={state} />
      </fieldset>

      <fieldset>
        <legend>Opfølgningsdag</legend>
        <div className="row">
          <Field name="followUpDate" label="Dato" type="date" state={state} />
          <Field name="followUpStartTime" label="Starttid" hint="Tom: 09.30" state={state} />
          <Field name="followUpEndTime" label="Sluttid" hint="Tom: 15.30" state={state} />
        </div>
        <VenueFields day="followUp" state={state} />
      </fieldset>

      <fieldset>
        <legend>Kapacitet og frist</legend>
        <div className="row">
          <Field name="minDirections" label="Minimum direktioner" type="number" inputMode="numeric" hint="Holdet gennemføres ved dette antal." required state={state} />
          <Field name="maxDirections" label="Maksimum direktioner" type="number" inputMode="numeric" hint="5–10, og mindst lige så mange som minimum." required state={state} />
          <Field name="maxParticipants" label="Deltagerloft" type="number" inputMode="numeric" hint="30–40. Kan ikke sættes under det bookede, og der skal være plads til, at holdet når sit minimum med mindst 3 deltagere pr. direktion." required state={state} />
        </div>
        <Field name="registrationDeadline" label="Tilmeldingsfrist" type="date" hint="Fristen udløber kl. 23.59 den dag." state={state} />
        <div className="checkbox">
          <input
            type="checkbox"
            id="f-datesAnnounced"
            name="datesAnnounced"
            defaultChecked={(state.values.datesAnnounced ?? "") === "on"}
            key={state.values.datesAnnounced ?? ""}
            aria-describedby={state.fieldErrors.datesAnnounced ? "f-datesAnnounced-error" : "f-datesAnnounced-hint"}
          />
          <div>
            <label htmlFor="f-datesAnnounced">Datoerne er offentliggjort</label>
            <p className="hint small muted" id="f-datesAnnounced-hint">
              Vises på holdsiden. Første gang datoerne offentliggøres, får alle, der følger holdet, en mail.
            </p>
            {state.fieldErrors.datesAnnounced && (
              <p className="error" id="f-datesAnnounced-error">
                {state.fieldErrors.datesAnnounced}
              </p>
            )}
          </div>
        </div>
      </fieldset>

      <div className="form-actions">
        <SubmitButton pending={pending} label={submitLabel} />
      </div>
    </form>
  );
}

/** Where the seminar or the follow-up day takes place: the same four fields, named after the day. */
function VenueFields({ day, state }: { day: "seminar" | "followUp"; state: FormState }) {
  return (
    <>
      <Field name={`${day}VenueName`} label="Sted" state={state} />
      <div className="row">
        <Field name={`${day}VenueAddress`} label="Adresse" state={state} />
        <Field name={`${day}VenuePostalCode`} label="Postnr." inputMode="numeric" state={state} />
        <Field name={`${day}VenueCity`} label="By" state={state} />
      </div>
    </>
  );
}
