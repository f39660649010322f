import "server-only";
import { db } from "@/server/db";
import type { EmailAttachment } from "@/server/email/queue-email";

export type AttachmentInfo = { index: number; filename: string; contentType: string; bytes: number };

/**
 * The attachments of queued mails by mail id, without their content: lists show names and sizes,
 * and a mail with an invoice PDF would otherwise cost its whole base64 body per row.
 */
export async function listOutboxAttachments(emailIds: string[]): Promise<Map<string, AttachmentInfo[]>> {
  const byMail = new Map<string, AttachmentInfo[]>();
  if (emailIds.length === 0) return byMail;
  const rows = await db.$queryRaw<{ id: string; index: bigint; filename: string | null; contentType: string | null; base64Length: number | null; padding: number | null }[]>`
    SELECT o.id, a.ordinality - 1 AS index, a.value->>'filename' AS filename, a.value->>'contentType' AS "contentType",
           length(a.value->>'contentBase64') AS "base64Length",
           length(a.value->>'contentBase64') - length(rtrim(a.value->>'contentBase64', '=')) AS padding
    FROM "EmailOutbox" o, jsonb_array_elements(o.attachments) WITH ORDINALITY AS a(value, ordinality)
    WHERE o.id = ANY(${emailIds})
    ORDER BY o.id, a.ordinality`;
  for (const row of rows) {
    const list = byMail.get(row.id) ?? [];
    list.push({
      index: Number(row.index),
      filename: row.filename ?? `vedhaeftning-${Number(row.index) + 1}`,
      contentType: row.contentType ?? "application/octet-stream",
      bytes: Math.floor(((row.base64Length ?? 0) * 3) / 4) - (row.padding ?? 0),
    });
    byMail.set(row.id, list);
  }
  return byMail;
}

/** One attachment of a queued mail with its content, or null when the mail or the attachment is gone. */
export async function getOutboxAttachment({ emailId, index }: { emailId: string; index: number }): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
  if (!Number.isSafeInteger(index) || index < 0) return null;
  const mail = await db.emailOutbox.findUnique({ where: { id: emailId }, select: { attachments: true } });
  const attachment = (Array.isArray(mail?.attachments) ? mail.attachments : [])[index] as EmailAttachment | undefined;
  if (!attachment || typeof attachment.contentBase64 !== "string") return null;
  return { filename: attachment.filename || `vedhaeftning-${index + 1}`, contentType: attachment.contentType || "application/octet-stream", content: Buffer.from(attachment.contentBase64, "base64") };
}

/**
 * The attachment as a download: always "attachment" (never shown inline, so a stored HTML or SVG
 * cannot run in our origin), with its name for every browser, and kept by no cache.
 */
export function attachmentResponse(attachment: { filename: string; contentType: string; content: Buffer }): Response {
  const ascii = attachment.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "Content-Length": String(attachment.content.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const ATTACHMENT_NOT_FOUND = () => new Response("Vedhæftningen findes ikke.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
