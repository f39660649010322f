import "server-only";
import type { Tx } from "@/server/db";
import { networkWithdrawUrl } from "@/emails/network-withdraw-url";
import { escapeHtml } from "@/emails/render-email";

export type EmailAttachment = { filename: string; contentType: string; contentBase64: string };

export type QueuedEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: EmailAttachment[];
  kind?: string;
  directionId?: string | null;
  cohortId?: string | null;
};

type QueueTx = Pick<Tx, "emailOutbox" | "participant">;

/**
 * Writes mail to the outbox inside the caller's transaction: it is sent only if the
 * transaction commits, and a rollback leaves no mail behind.
 */
export async function queueEmail(tx: QueueTx, email: QueuedEmail) {
  const [row] = await withNetworkFooters(tx, [email]);
  return tx.emailOutbox.create({ data: outboxRow(row!) });
}

/** Several mails in one statement, for transactions that hold a lock while they queue. */
export async function queueEmails(tx: QueueTx, emails: QueuedEmail[]) {
  if (emails.length === 0) return;
  await tx.emailOutbox.createMany({ data: (await withNetworkFooters(tx, emails)).map(outboxRow) });
}

/**
 * Every mail to a participant who is in the professional network carries the link that takes
 * them out of it, whichever use case sends it: the consent text promises that link, so it is
 * added here, where all mail passes, rather than in each template.
 */
async function withNetworkFooters(tx: QueueTx, emails: QueuedEmail[]): Promise<QueuedEmail[]> {
  const members = await tx.participant.findMany({
    where: { status: "ACTIVE", networkConsent: true, OR: [...new Set(emails.map((e) => e.to))].map((to) => ({ email: { equals: to, mode: "insensitive" as const } })) },
    select: { email: true, networkToken: true },
  });
  if (members.length === 0) return emails;
  return emails.map((email) => {
    const tokens = members.filter((m) => m.email.toLowerCase() === email.to.toLowerCase()).map((m) => m.networkToken);
    if (tokens.length === 0) return email;
    const urls = tokens.map(networkWithdrawUrl);
    const text = `${email.text}\n\n–\nDu er med i deltagernes faglige netværksliste (navn, stilling og kommune). Du kan framelde dig her: ${urls.join(" ")}\n`;
    const links = urls.map((url) => `<a href="${escapeHtml(url)}">Frameld netværkslisten</a>`).join(" · ");
    const footer = `<p style="font-size:13px;color:#555;margin-top:24px">Du er med i deltagernes faglige netværksliste (navn, stilling og kommune). ${links}</p>`;
    const html = email.html.includes("</body>") ? email.html.replace("</body>", `${footer}</body>`) : `${email.html}${footer}`;
    return { ...email, text, html };
  });
}

/** The outbox row a mail is stored as (for writers that insert it with other rows in one statement). */
export function outboxRow(email: QueuedEmail) {
  return {
    to: email.to,
    subject: email.subject,
    html: email.html,
    text: email.text,
    attachments: email.attachments ?? [],
    kind: email.kind ?? "generic",
    directionId: email.directionId ?? null,
    cohortId: email.cohortId ?? null,
  };
}
