// fontkit ships no types; the app only parses a font once and hands it to pdfkit.
declare module "fontkit" {
  export type Font = { postscriptName: string; layout: (text: string) => unknown };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
