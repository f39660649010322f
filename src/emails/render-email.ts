// Plain, robust HTML mail (table layout, inline styles) with a text twin: municipal mail
// clients (Outlook) ignore most CSS.

export type EmailBlock =
  | { type: "paragraph"; text: string }
  | { type: "facts"; rows: [string, string][] }
  | { type: "button"; label: string; url: string }
  | { type: "list"; items: string[] }
  | { type: "heading"; text: string };

export type RenderedEmail = { subject: string; html: string; text: string };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function blockHtml(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(block.text)}</p>`;
    case "heading":
      return `<h2 style="margin:24px 0 8px;font-size:17px;color:#14213d">${escapeHtml(block.text)}</h2>`;
    case "list":
      return `<ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
    case "facts":
      return `<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;width:100%">${block.rows
        .map(
          ([k, v]) =>
            `<tr><td style="padding:4px 12px 4px 0;color:#5b6478;vertical-align:top;white-space:nowrap">${escapeHtml(k)}</td><td style="padding:4px 0;vertical-align:top">${escapeHtml(v)}</td></tr>`,
        )
        .join("")}</table>`;
    case "button":
      return `<p style="margin:24px 0"><a href="${escapeHtml(block.url)}" style="background:#0b4f6c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(block.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#5b6478">Virker knappen ikke, så kopier dette link: ${escapeHtml(block.url)}</p>`;
  }
}

function blockText(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "heading":
      return `${block.text}\n${"-".repeat(block.text.length)}`;
    case "list":
      return block.items.map((i) => `- ${i}`).join("\n");
    case "facts":
      return block.rows.map(([k, v]) => `${k}: ${v}`).join("\n");
    case "button":
      return `${block.label}: ${block.url}`;
  }
}

export function renderEmail({ subject, heading, blocks, footer }: { subject: string; heading: string; blocks: EmailBlock[]; footer?: string }): RenderedEmail {
  const footerText = footer ?? "Kommunestyret 2030 · Komponent – Kommunernes Udviklingscenter · kommunestyret2030@komponent.dk";
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f5f6f9;font-family:Segoe UI,Arial,sans-serif;color:#14213d">
<table role="presentation" width="100%" style="border-collapse:collapse"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" style="max-width:600px;width:100%;border-collapse:collapse;background:#ffffff;border:1px solid #d9dee8;border-radius:8px">
<tr><td style="padding:20px 28px;border-bottom:3px solid #0b4f6c;font-family:Georgia,serif;font-size:20px;font-weight:bold">Kommunestyret 2030</td></tr>
<tr><td style="padding:24px 28px;font-size:15px">
<h1 style="margin:0 0 16px;font-size:21px;color:#14213d">${escapeHtml(heading)}</h1>
${blocks.map(blockHtml).join("\n")}
</td></tr>
<tr><td style="padding:16px 28px;font-size:12px;color:#5b6478;border-top:1px solid #d9dee8">${escapeHtml(footerText)}</td></tr>
</table></td></tr></table></body></html>`;
  const text = [heading, "", ...blocks.map(blockText).flatMap((t) => [t, ""]), "--", footerText].join("\n");
  return { subject, html, text };
}
