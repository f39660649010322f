import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";
import type { EmailAttachment } from "@/server/email/queue-email";

export type OutgoingMail = { to: string; subject: string; html: string; text: string; attachments: EmailAttachment[] };

let transporter: Transporter | undefined;

function smtp(): Transporter {
  transporter ??= nodemailer.createTransport(env.SMTP_URL, {
    from: env.MAIL_FROM,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}

/**
 * Delivers one message. Without SMTP (development only) the outbox row itself is the
 * delivered copy, shown in the dev mailbox, so nothing is sent anywhere.
 */
export async function deliverMail(mail: OutgoingMail): Promise<"SMTP" | "DEV_MAILBOX"> {
  if (!env.SMTP_URL) {
    if (!env.devMailboxEnabled) throw new Error("SMTP_URL is not configured");
    return "DEV_MAILBOX";
  }
  await smtp().sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, "base64") })),
  });
  return "SMTP";
}
