"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInSchema } from "@/lib/schemas/sign-in";
import { errorState, fieldErrorsOf, formValues, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requestSignInLink } from "@/server/auth/request-sign-in-link";
import { clientIp } from "@/server/http/client-ip";

export async function requestSignInLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek e-mailadressen.", fieldErrorsOf(parsed.error));
  // Anyone may ask for a link: authorisation happens when the link is used.
  try {
    await requestSignInLink({ email: parsed.data.email, ip: clientIp(await headers()), callbackPath: parsed.data.tilbage });
  } catch (error) {
    return failureState(error, values);
  }
  redirect(`/log-ind/tjek-mail?email=${encodeURIComponent(parsed.data.email)}`);
}
