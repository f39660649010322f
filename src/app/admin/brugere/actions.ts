"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { inviteUserSchema } from "@/lib/schemas/invite-user";
import { errorState, fieldErrorsOf, formValues, formText, type FormState } from "@/lib/form-state";
import { PARTNER_ASSOCIATIONS } from "@/domain/fields";
import { DomainError } from "@/domain/errors";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { inviteUser } from "@/server/users/invite-user";
import { setUserPartner } from "@/server/users/set-user-partner";
import { disableUser } from "@/server/users/disable-user";
import { resetPasskeys } from "@/server/auth/passkeys/reset-passkeys";
import type { PartnerAssociationCode } from "@/generated/prisma/client";

export async function inviteUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = inviteUserSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  try {
    await inviteUser({ actor, input: parsed.data });
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin/brugere");
  redirect("/admin/brugere?ok=user-invited");
}

export async function setUserPartnerAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const userId = formText(formData, "userId");
  const code = formText(formData, "partnerCode");
  await actionOutcome(
    async () => {
      if (!PARTNER_ASSOCIATIONS.some((p) => p.code === code)) throw new DomainError("VALIDATION");
      return setUserPartner({ actor, userId, partnerCode: code as PartnerAssociationCode });
    },
    "/admin/brugere",
    "user-partner",
  );
}

export async function disableUserAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const userId = formText(formData, "userId");
  await actionOutcome(() => disableUser({ actor, userId }), "/admin/brugere", "user-disabled");
}

export async function resetPasskeysAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const userId = formText(formData, "userId");
  await actionOutcome(() => resetPasskeys({ actor, userId }), "/admin/brugere", "passkeys-reset", `/admin/brugere/${userId}/adgangsnoegle`);
}
