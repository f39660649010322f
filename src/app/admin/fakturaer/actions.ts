"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { errorState, fieldErrorsOf, formValues, formText, type FormState } from "@/lib/form-state";
import { failureState } from "@/server/actions/action-result";
import { requireActionRole } from "@/server/auth/session";
import { actionOutcome } from "@/server/actions/action-outcome";
import { issueInvoiceNow } from "@/server/invoices/issue-invoice";
import { resendInvoice } from "@/server/invoices/resend-invoice";
import { markInvoicePaid } from "@/server/invoices/mark-invoice-paid";
import { creditInvoice } from "@/server/invoices/credit-invoice";

/** Only admin paths: a hidden "back" field must never become an open redirect. */
function backOf(formData: FormData, fallback: string): string {
  const back = formText(formData, "tilbage");
  return /^\/admin(\/[\w\-/]*)?(\?[\w\-=&%.]*)?$/.test(back) ? back.split("?")[0]! : fallback;
}

export async function issueInvoiceAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const directionId = formText(formData, "directionId");
  await actionOutcome(() => issueInvoiceNow({ actor, directionId }), backOf(formData, `/admin/tilmeldinger/${directionId}`), (invoice) => (invoice ? "invoice-issued" : "invoice-nothing"));
}

export async function resendInvoiceAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const invoiceId = formText(formData, "invoiceId");
  // "force" comes only from the resend confirmation page: the row's Send button never repeats a sent invoice.
  const force = formText(formData, "force") === "1";
  const resendEInvoice = force && formText(formData, "eInvoice") === "on";
  await actionOutcome(
    () => resendInvoice({ actor, invoiceId, force, resendEInvoice }),
    backOf(formData, "/admin/fakturaer"),
    (result) => {
      const { resent, transmitted } = result as Awaited<ReturnType<typeof resendInvoice>>;
      return resent ? (resendEInvoice ? "invoice-resent-both" : "invoice-resent-email") : transmitted ? "invoice-resent" : "invoice-already-sent";
    },
  );
}

export async function markInvoicePaidAction(formData: FormData) {
  const actor = await requireActionRole("STAFF");
  const invoiceId = formText(formData, "invoiceId");
  await actionOutcome(() => markInvoicePaid({ actor, invoiceId }), backOf(formData, "/admin/fakturaer"), "invoice-paid");
}

const creditSchema = z.object({
  invoiceId: z.string().min(1),
  scope: z.enum(["ALL", "PART"], { error: "Vælg hvor meget der krediteres." }),
  quantity: z.string().optional(),
  // A manual credit always says whether the seat stays (goodwill, never invoiced again) or is invoiced again.
  seat: z.enum(["KEEP", "REINVOICE"], { error: "Vælg, om deltagerne beholder pladsen uden betaling, eller om pladsen skal faktureres igen." }),
  reason: z.string({ error: "Skriv en begrundelse." }).trim().min(3, "Skriv en begrundelse; den står på kreditnotaen.").max(300, "Højst 300 tegn."),
}).transform((v, ctx) => {
  const keepsSeat = v.seat === "KEEP";
  if (v.scope === "ALL") return { invoiceId: v.invoiceId, quantity: undefined, reason: v.reason, keepsSeat };
  const quantity = Number(v.quantity);
  if (!Number.isInteger(quantity) || quantity < 1) {
    ctx.addIssue({ code: "custom", path: ["quantity"], message: "Skriv antal deltagere, der krediteres (mindst 1)." });
    return z.NEVER;
  }
  return { invoiceId: v.invoiceId, quantity, reason: v.reason, keepsSeat };
});

export async function creditInvoiceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActionRole("STAFF");
  const values = formValues(formData);
  const parsed = creditSchema.safeParse(values);
  if (!parsed.success) return errorState(values, "Tjek de markerede felter.", fieldErrorsOf(parsed.error));
  let directionId: string;
  try {
    directionId = (await creditInvoice({ actor, ...parsed.data })).directionId;
  } catch (error) {
    return failureState(error, values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/tilmeldinger/${directionId}?ok=invoice-credited`);
}
