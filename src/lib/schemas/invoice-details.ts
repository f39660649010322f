import { z } from "zod";
import { isValidCvr, isValidGln, normaliseCvr, normaliseEan } from "@/domain/identifiers";

const text = (label: string, max = 200) =>
  z
    .string({ error: `Skriv ${label}.` })
    .trim()
    .min(1, `Skriv ${label}.`)
    .max(max, `Højst ${max} tegn.`);

/** The buyer details an invoice to a municipality needs (EAN, order number and personreference are mandatory). */
export const invoiceDetailsSchema = z.object({
  directionId: z.string().min(1),
  ean: z
    .string({ error: "Skriv kommunens EAN-nummer." })
    .transform(normaliseEan)
    .refine((v) => v.length > 0, "Skriv kommunens EAN-nummer.")
    .refine(isValidGln, "EAN-nummeret skal være 13 cifre med gyldigt kontrolciffer."),
  cvr: z
    .string({ error: "Skriv kommunens CVR-nummer." })
    .transform(normaliseCvr)
    .refine((v) => v.length > 0, "Skriv kommunens CVR-nummer.")
    .refine(isValidCvr, "CVR-nummeret skal være 8 cifre og gyldigt."),
  orderNumber: text("ordrenummer", 100),
  personReference: text("personreference", 100),
  accountingString: z
    .string()
    .trim()
    .max(100, "Højst 100 tegn.")
    .optional()
    .transform((v) => v || null),
  billingName: text("fakturamodtagerens navn"),
  billingStreet: text("adresse"),
  billingPostalCode: z.string({ error: "Skriv postnummeret." }).trim().regex(/^\d{4}$/, "Postnummeret skal være 4 cifre."),
  billingCity: text("by", 100),
});

export type InvoiceDetailsInput = Omit<z.output<typeof invoiceDetailsSchema>, "directionId">;
