import { z } from "zod";
import { isValidGln, normaliseEan } from "@/domain/identifiers";

export const E_INVOICE_FORMATS = ["PEPPOL_BIS3", "OIOUBL_21"] as const;
export const E_INVOICE_FORMAT_LABELS: Record<(typeof E_INVOICE_FORMATS)[number], string> = { PEPPOL_BIS3: "Peppol BIS 3", OIOUBL_21: "OIOUBL 2.1" };

const format = z.enum(E_INVOICE_FORMATS, { error: "Vælg Peppol BIS 3 eller OIOUBL 2.1." });

export const municipalityFormatSchema = z.object({
  municipalityCode: z.string().trim().min(1, "Vælg en kommune."),
  format,
});

/** An EAN that receives another format than its municipality's. */
export const eanFormatSchema = z.object({
  ean: z
    .string({ error: "Skriv EAN-nummeret." })
    .transform(normaliseEan)
    .refine((v) => v.length > 0, "Skriv EAN-nummeret.")
    .refine(isValidGln, "EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer."),
  municipalityCode: z.string({ error: "Vælg kommunen." }).trim().min(1, "Vælg kommunen."),
  format,
  note: z.string().trim().max(200, "Højst 200 tegn.").default(""),
});
