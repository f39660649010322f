import "server-only";
import { transaction, type Tx } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { emailDomain } from "@/domain/municipal-identity";
import { recordAudit } from "@/server/audit/record-audit";
import { assertStaff, type Actor } from "@/server/auth/actor";
import { changePlaces, directionPlaces } from "@/server/cohorts/placement";
import { kickOutbox } from "@/server/email/outbox-worker";
import { queueEmails } from "@/server/email/queue-email";
import { issueInvoice } from "@/server/invoices/issue-invoice";
import { invoiceTimingSentence, invoicesNow } from "@/domain/invoice-timing";
import { loadDirectionLocked, type LockedDirection } from "@/server/directions/load-direction-locked";
import { registrationMails } from "@/server/directions/registration-mails";
import { approvedMails } from "@/server/directions/approval-mails";
import { kickTransmissions } from "@/server/invoices/transmission-worker";

/**
 * Staff approve a registration pending approval, in one step: through the placement owner its
 * held places become booked, the invoice is issued under the current rules, the director and
 * participants get the usual confirmation (with calendar files), and the cohort may start
 * running (the runs-event, if this is the direction that makes the minimum). With `addDomain`
 * the domain of the address it was registered with becomes one of the municipality's.
 */
export async function approvePendingDirection({ actor, directionId, addDomain = false, now = new Date() }: { actor: Actor | null; directionId: string; addDomain?: boolean; now?: Date }) {
  assertStaff(actor);
  const result = await transaction(async (tx) => {
    const direction = await loadDirectionLocked(tx, { actor, directionId });
    const change = { kind: "APPROVE_PENDING" as const, direction: directionPlaces(direction) };
    const { result } = await changePlaces(tx, { cohortId: direction.cohortId, change, actor, now }, () => write(tx, direction, actor));
    return result;
  });
  kickTransmissions();
  kickOutbox();
  return result;

  async function write(tx: Tx, direction: LockedDirection, actor: Actor) {
    const owner = direction.ownerUserId ? await tx.user.findUnique({ where: { id: direction.ownerUserId }, select: { email: true } }) : null;
    const domain = addDomain ? emailDomain(owner?.email ?? direction.contactEmail) : null;
    if (addDomain && !domain) throw new DomainError("INVALID_DOMAIN", { field: "addDomain" });
    if (domain) await addDomainTo(tx, { domain, municipalityCode: direction.municipalityCode, municipalityName: direction.municipality.name, actor, directionId });

    const confirmed = await tx.direction.update({ where: { id: directionId }, data: { status: "CONFIRMED" } });
    await recordAudit(tx, {
      actor,
      action: "direction.approve",
      entityType: "Direction",
      entityId: directionId,
      directionId,
      before: { status: direction.status },
      after: { status: confirmed.status, signInEmail: owner?.email ?? null, domainAdded: domain },
    });
    // Invoiced now only if the programme's invoicing time has come for the cohort; an approval
    // that makes the cohort run invoices it in the runs-event (after this write), like any path.
    const cohort = direction.cohort;
    const { invoiceTiming, invoiceDaysBefore } = cohort.programme;
    const invoice = invoicesNow({ timing: invoiceTiming, cohort, daysBefore: invoiceDaysBefore, now }) ? await issueInvoice(tx, { directionId, actor, now }) : null;
    const later = invoiceTimingSentence({ timing: invoiceTiming, cohort, daysBefore: invoiceDaysBefore });
    await queueEmails(tx, [
      ...approvedMails({ cohort, direction, municipalityName: direction.municipality.name, signInEmail: owner?.email ?? null, invoiceNumber: invoice?.displayNumber ?? null }),
      ...registrationMails({ cohort, direction: confirmed, participants: direction.participants, municipalityName: direction.municipality.name, invoiceTiming: later, now }),
    ]);
    return { direction: confirmed, invoice, domainAdded: domain };
  }
}

/** The domain becomes the municipality's (audited); one that is another municipality's is refused. */
async function addDomainTo(tx: Tx, { domain, municipalityCode, municipalityName, actor, directionId }: { domain: string; municipalityCode: string; municipalityName: string; actor: Actor; directionId: string }) {
  const existing = await tx.municipalityDomain.findUnique({ where: { domain } });
  if (existing?.municipalityCode === municipalityCode) return;
  if (existing) throw new DomainError("DOMAIN_TAKEN", { field: "addDomain" });
  await tx.municipalityDomain.create({ data: { domain, municipalityCode } });
  await recordAudit(tx, { actor, action: "municipality.domain.add", entityType: "Municipality", entityId: municipalityCode, directionId, after: { domain, municipality: municipalityName } });
}
