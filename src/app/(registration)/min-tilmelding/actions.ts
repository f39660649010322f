"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { errorState, fieldErrorsOf, formValues, type FormState } from "@/lib/form-state";
import { addParticipantSchema, changeParticipantSchema, directionRefSchema, participantRefSchema } from "@/lib/schemas/participant-change";
import { invoiceDetailsSchema } from "@/lib/schemas/invoice-details";
import { failureState } from "@/server/actions/action-result";
import { requireUser } from "@/server/auth/session";
import type { Actor } from "@/server/auth/actor";
import { addParticipant } from "@/server/participants/add-participant";
import { cancelDirection } from "@/server/directions/cancel-direction";
import { removeParticipant } from "@/server/participants/remove-participant";
import { substituteParticipant } from "@/server/participants/substitute-participant";
import { correctInvoiceDetails } from "@/server/invoices/correct-invoice-details";
import { updateParticipant } from "@/server/participants/update-participant";

const CHECK_FIELDS = "Tjek de markerede felter.";

/** Parse → authorise → one use case → back to the overview with a receipt. Ownership is checked inside the use case. */
async function run<S extends z.ZodType, R>(
  formData: FormData,
  schema: S,
  useCase: (input: z.output<S>, actor: Actor) => Promise<R>,
  done: string | ((result: R) => string),
): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return errorState(values, CHECK_FIELDS, fieldErrorsOf(parsed.error));
  let receipt: string;
  try {
    const user = await requireUser();
    const result = await useCase(parsed.data, user);
    receipt = typeof done === "string" ? done : done(result);
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/min-tilmelding");
  redirect(`/min-tilmelding?besked=${receipt}`);
}

export async function addParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, addParticipantSchema, ({ directionId, ...input }, actor) => addParticipant({ actor, directionId, input }), "tilfoejet");
}

export async function updateParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, changeParticipantSchema, ({ participantId, ...input }, actor) => updateParticipant({ actor, participantId, input }), "rettet");
}

export async function substituteParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, changeParticipantSchema, ({ participantId, ...input }, actor) => substituteParticipant({ actor, participantId, input }), "erstattet");
}

export async function removeParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, participantRefSchema, ({ participantId }, actor) => removeParticipant({ actor, participantId }), "afmeldt");
}

export async function updateInvoiceDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, invoiceDetailsSchema, ({ directionId, ...input }, actor) => correctInvoiceDetails({ actor, directionId, input }), (result) =>
    result.credited.length > 0 ? "faktura-rettet" : "faktura",
  );
}

export async function cancelDirectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, directionRefSchema, ({ directionId }, actor) => cancelDirection({ actor, directionId }), "annulleret");
}
