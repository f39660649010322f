"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withdrawNetworkConsent } from "@/server/network/withdraw-network-consent";
import { failureState } from "@/server/actions/action-result";
import { errorState, formValues, type FormState } from "@/lib/form-state";

const withdrawSchema = z.object({ token: z.string().trim().min(1).max(100) });

export async function withdrawNetworkConsentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = withdrawSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Linket er ufuldstændigt. Kopiér hele linket fra e-mailen.");
  // No sign-in: the token from the participant's own e-mail is the authorisation.
  try {
    const { name } = await withdrawNetworkConsent({ token: parsed.data.token });
    revalidatePath("/netvaerk");
    return { status: "success", message: `${name} er nu frameldt netværket og vises ikke længere på netværkslisten.`, fieldErrors: {}, values: {} };
  } catch (error) {
    return failureState(error, values);
  }
}
