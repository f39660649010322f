"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { addParticipantSchema, changeParticipantSchema } from "@/lib/schemas/participant-change";
import { errorState, fieldErrorsOf, formValues, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import type { Actor } from "@/server/auth/actor";
import { requireActionRole } from "@/server/auth/session";
import { addParticipant } from "@/server/participants/add-participant";
import { substituteParticipant } from "@/server/participants/substitute-participant";
import { updateParticipant } from "@/server/participants/update-participant";

// The self-service use cases take a STAFF actor and then skip the directors' deadlines.
// Each returns the direction it changed, which is where staff land with a receipt.
async function run<S extends z.ZodType>(staff: Actor, formData: FormData, schema: S, useCase: (input: z.output<S>, actor: Actor) => Promise<string>, ok: string): Promise<FormState> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  let directionId: string;
  try {
    directionId = await useCase(parsed.data, staff);
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/tilmeldinger/${directionId}?ok=${ok}`);
}

export async function addParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  return run(actor, formData, addParticipantSchema, async ({ directionId, ...input }, staff) => (await addParticipant({ actor: staff, directionId, input })).participant.directionId, "participant-added");
}

export async function updateParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  return run(actor, formData, changeParticipantSchema, async ({ participantId, ...input }, staff) => (await updateParticipant({ actor: staff, participantId, input })).directionId, "participant-saved");
}

export async function substituteParticipantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  return run(actor, formData, changeParticipantSchema, async ({ participantId, ...input }, staff) => (await substituteParticipant({ actor: staff, participantId, input })).substitute.directionId, "participant-substituted");
}
