import "server-only";
import { transaction } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import type { ProgrammeSettingsInput } from "@/lib/schemas/programme-settings";

const FIELDS = [
  "sellerName",
  "sellerStreet",
  "sellerPostalCode",
  "sellerCity",
  "sellerCvr",
  "sellerEmail",
  "sellerPhone",
  "sellerBankReg",
  "sellerBankAccount",
  "sellerIban",
  "sellerBic",
  "paymentTermsDays",
  "freeCancellationDays",
  "cancellationTerms",
  "privacyRetentionDays",
  "reminderDaysBefore",
  "maxParticipantsPerDirection",
  "invoiceTiming",
  "invoiceDaysBefore",
] as const satisfies readonly (keyof ProgrammeSettingsInput)[];

function pick<T extends Record<(typeof FIELDS)[number], unknown>>(row: T) {
  return Object.fromEntries(FIELDS.map((f) => [f, row[f]]));
}

/**
 * Seller details and terms, audited with before and after. Terms apply from the next invoice
 * or registration (due dates are stored on each invoice). The seller details are NOT copied
 * onto issued invoices: a PDF or XML rendered again later shows the current ones, which the
 * page warns about (an Invoice seller snapshot would need a migration). A new invoice timing
 * applies from now on: the daily invoicing run invoices directions whose time has come.
 */
export async function updateProgrammeSettings({ actor, input }: { actor: Actor | null; input: ProgrammeSettingsInput }) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const programme = await tx.programme.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    const after = await tx.programme.update({ where: { id: programme.id }, data: pick(input) });
    await recordAudit(tx, { actor, action: "programme.settings", entityType: "Programme", entityId: programme.id, before: pick(programme), after: pick(after) });
    return after;
  });
}
