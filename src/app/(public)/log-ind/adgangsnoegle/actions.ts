"use server";

import { redirect } from "next/navigation";
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { env } from "@/env";
import { isDomainError } from "@/domain/errors";
import { secondFactorReturnPath } from "@/lib/same-origin";
import { errorState, formValues, type FormState } from "@/lib/form-state";
import { failureState, GENERIC_ERROR } from "@/server/actions/action-result";
import { getSecondFactorSession } from "@/server/auth/session";
import { beginPasskeyRegistration } from "@/server/auth/passkeys/begin-passkey-registration";
import { finishPasskeyRegistration } from "@/server/auth/passkeys/finish-passkey-registration";
import { beginPasskeySignIn } from "@/server/auth/passkeys/begin-passkey-sign-in";
import { finishPasskeySignIn } from "@/server/auth/passkeys/finish-passkey-sign-in";
import { redeemRecoveryCode } from "@/server/auth/passkeys/redeem-recovery-code";

type Outcome<T> = ({ ok: true } & T) | { ok: false; message: string };

// The browser's WebAuthn answer, checked in full by @simplewebauthn/server; this only bounds its shape and size.
const credentialSchema = z
  .object({
    id: z.string().min(1).max(1024),
    rawId: z.string().min(1).max(1024),
    type: z.literal("public-key"),
    response: z.record(z.string(), z.unknown()),
    clientExtensionResults: z.record(z.string(), z.unknown()),
  })
  .loose();

async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await run()) };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, message: error.danishMessage };
    console.error("unexpected error in the passkey step", error);
    return { ok: false, message: GENERIC_ERROR };
  }
}

export async function beginPasskeyRegistrationAction(): Promise<Outcome<{ options: PublicKeyCredentialCreationOptionsJSON }>> {
  return outcome(async () => ({ options: await beginPasskeyRegistration({ session: await getSecondFactorSession() }) }));
}

export async function finishPasskeyRegistrationAction(response: unknown): Promise<Outcome<{ recoveryCodes: string[] }>> {
  const parsed = credentialSchema.safeParse(response);
  if (!parsed.success) return { ok: false, message: "Adgangsnøglen kunne ikke bekræftes. Prøv igen." };
  return outcome(async () => finishPasskeyRegistration({ session: await getSecondFactorSession(), response: parsed.data as unknown as RegistrationResponseJSON }));
}

export async function beginPasskeySignInAction(): Promise<Outcome<{ options: PublicKeyCredentialRequestOptionsJSON }>> {
  return outcome(async () => ({ options: await beginPasskeySignIn({ session: await getSecondFactorSession() }) }));
}

export async function finishPasskeySignInAction(response: unknown): Promise<Outcome<object>> {
  const parsed = credentialSchema.safeParse(response);
  if (!parsed.success) return { ok: false, message: "Adgangsnøglen kunne ikke bekræftes. Prøv igen." };
  return outcome(async () => {
    await finishPasskeySignIn({ session: await getSecondFactorSession(), response: parsed.data as unknown as AuthenticationResponseJSON });
    return {};
  });
}

const recoverySchema = z.object({ code: z.string().trim().min(1, "Skriv en af dine gendannelseskoder.").max(40, "Koden er for lang."), tilbage: z.string().optional() });

export async function redeemRecoveryCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = recoverySchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek gendannelseskoden.", { code: parsed.error.issues[0]?.message ?? "Tjek koden." });
  try {
    await redeemRecoveryCode({ session: await getSecondFactorSession(), code: parsed.data.code });
  } catch (error) {
    return failureState(error, { ...values, code: "" });
  }
  redirect(secondFactorReturnPath(parsed.data.tilbage, env.NEXTAUTH_URL));
}
