"use server";

import { redirect } from "next/navigation";
import { emailField } from "@/lib/schemas/email";
import { formValues } from "@/lib/form-state";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { erasePerson } from "@/server/privacy/erase-person";

export async function erasePersonAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const parsed = emailField.safeParse(formValues(formData).email ?? "");
  if (!parsed.success) redirect("/admin/persondata?fejl=VALIDATION");
  await actionOutcome(() => erasePerson({ actor, email: parsed.data }), "/admin/persondata", "person-erased");
}
