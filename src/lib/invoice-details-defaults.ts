import type { Direction } from "@/generated/prisma/client";

// Kept out of the "use client" form module: a server page importing a value from there gets a client reference, not the function.
export type InvoiceDetailsDefaults = Record<
  "ean" | "cvr" | "orderNumber" | "personReference" | "accountingString" | "billingName" | "billingStreet" | "billingPostalCode" | "billingCity",
  string
>;

type InvoiceDetails = Pick<Direction, "ean" | "cvr" | "orderNumber" | "personReference" | "accountingString" | "billingName" | "billingStreet" | "billingPostalCode" | "billingCity">;

/** The invoice details form filled in with a direction's current details. */
export function invoiceDetailsDefaults(direction: InvoiceDetails): InvoiceDetailsDefaults {
  return {
    ean: direction.ean,
    cvr: direction.cvr,
    orderNumber: direction.orderNumber,
    personReference: direction.personReference,
    accountingString: direction.accountingString ?? "",
    billingName: direction.billingName,
    billingStreet: direction.billingStreet,
    billingPostalCode: direction.billingPostalCode,
    billingCity: direction.billingCity,
  };
}
