import { renderEmail, type EmailBlock } from "@/emails/render-email";

/** Staff's plain text as mail blocks: blank lines separate paragraphs; lines starting "- " form a list. */
export function cohortMessageBlocks(body: string): EmailBlock[] {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => {
      const lines = chunk.split(/\r?\n/);
      if (lines.every((l) => /^\s*[-•]\s+/.test(l))) return { type: "list" as const, items: lines.map((l) => l.replace(/^\s*[-•]\s+/, "")) };
      return { type: "paragraph" as const, text: lines.join(" ") };
    });
}

/** A message staff write to a cohort. */
export function cohortMessageEmail({ subject, body, cohortTitle }: { subject: string; body: string; cohortTitle: string }) {
  return renderEmail({
    subject,
    heading: subject,
    blocks: cohortMessageBlocks(body),
    footer: `${cohortTitle} · Kommunestyret 2030 · Komponent – Kommunernes Udviklingscenter · kommunestyret2030@komponent.dk`,
  });
}
