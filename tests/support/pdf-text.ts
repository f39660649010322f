// Reads the text of an uncompressed pdfkit PDF back, with each run's position and size.

// pdfkit writes text as hex glyph IDs of a subset font. With compress: false the
// content streams and each font's ToUnicode CMap are plain text, so the visible
// text can be recovered exactly as a PDF viewer's copy/paste would.
export type Run = { x: number; y: number; size: number; text: string };

export function extractText(pdf: Buffer): string {
  return extractRuns(pdf).map((r) => `${r.text}\n`).join("");
}

export function extractRuns(pdf: Buffer): Run[] {
  const src = pdf.toString("latin1");
  const objects = new Map<string, string>();
  for (const m of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(m[1] ?? "", m[2] ?? "");

  const cmaps = new Map<string, Map<number, string>>(); // font object -> glyph -> text
  for (const [num, body] of objects) {
    const ref = /\/Type \/Font[\s\S]*?\/ToUnicode (\d+) 0 R/.exec(body)?.[1];
    if (!ref) continue;
    const cmap = new Map<number, string>();
    const cmapText = objects.get(ref) ?? "";
    for (const r of cmapText.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const start = Number.parseInt(r[1] ?? "0", 16);
      [...(r[3] ?? "").matchAll(/<([0-9a-f ]+)>/gi)].forEach((e, i) => {
        const units = (e[1] ?? "").split(" ").map((h) => Number.parseInt(h, 16));
        cmap.set(start + i, String.fromCharCode(...units));
      });
    }
    cmaps.set(num, cmap);
  }

  const fontByName = new Map<string, string>();
  for (const body of objects.values()) {
    const fonts = /\/Font <<([^>]*)>>/.exec(body)?.[1];
    if (!fonts) continue;
    for (const f of fonts.matchAll(/\/(\w+) (\d+) 0 R/g)) fontByName.set(f[1] ?? "", f[2] ?? "");
  }

  const runs: Run[] = [];
  for (const body of objects.values()) {
    const stream = /stream\r?\n([\s\S]*?)endstream/.exec(body)?.[1];
    if (!stream || !stream.includes("Tf")) continue;
    let cmap: Map<number, string> | undefined;
    let x = 0;
    let y = 0;
    let size = 0;
    for (const op of stream.matchAll(/\/(\w+) ([\d.]+) Tf|\[((?:[^\]])*)\] TJ|<([0-9a-f]*)> Tj|1 0 0 1 ([\d.-]+) ([\d.-]+) Tm/gi)) {
      if (op[1]) {
        cmap = cmaps.get(fontByName.get(op[1]) ?? "");
        size = Number(op[2]);
        continue;
      }
      if (op[5] !== undefined) {
        x = Number(op[5]);
        y = Number(op[6]);
        continue;
      }
      const hexes = op[3] !== undefined ? [...op[3].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1] ?? "") : [op[4] ?? ""];
      let text = "";
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          text += cmap?.get(Number.parseInt(hex.slice(i, i + 4), 16)) ?? "\uFFFD";
        }
      }
      runs.push({ x, y, size, text });
    }
  }
  return runs;
}

