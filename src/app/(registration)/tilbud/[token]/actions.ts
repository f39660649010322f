"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { errorState, formValues, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireUser } from "@/server/auth/session";
import { acceptWaitlistOffer } from "@/server/waitlist/accept-waitlist-offer";
import { declineWaitlistOffer } from "@/server/waitlist/decline-waitlist-offer";

const offerSchema = z.object({ token: z.string().min(10).max(100) });

export async function acceptOfferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = offerSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Linket til tilbuddet er ugyldigt.");
  let accepted;
  try {
    const user = await requireUser();
    accepted = await acceptWaitlistOffer({ actor: user, token: parsed.data.token });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/min-tilmelding");
  redirect(accepted.direction.status === "PENDING_APPROVAL" ? "/min-tilmelding?afventer=1" : "/min-tilmelding?besked=accepteret");
}

export async function declineOfferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = offerSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Linket til tilbuddet er ugyldigt.");
  try {
    const user = await requireUser();
    await declineWaitlistOffer({ actor: user, token: parsed.data.token });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/min-tilmelding");
  redirect("/min-tilmelding?besked=afslaaet");
}
