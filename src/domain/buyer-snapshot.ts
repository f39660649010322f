// The buyer as an invoice records it, from the direction's invoice details: one owner for the
// normalisation, so a correction can tell which issued invoices carry outdated details.
import { normaliseCvr, normaliseEan } from "./identifiers";

export type BuyerDetails = {
  ean: string;
  cvr: string;
  orderNumber: string;
  personReference: string;
  accountingString: string | null;
  billingName: string;
  billingStreet: string;
  billingPostalCode: string;
  billingCity: string;
};

export type BuyerSnapshot = {
  buyerName: string;
  buyerStreet: string;
  buyerPostalCode: string;
  buyerCity: string;
  buyerEan: string;
  buyerCvr: string;
  buyerOrderNumber: string;
  buyerPersonReference: string;
  buyerAccountingString: string | null;
};

export function buyerSnapshotOf(details: BuyerDetails): BuyerSnapshot {
  return {
    buyerName: details.billingName.trim(),
    buyerStreet: details.billingStreet.trim(),
    buyerPostalCode: details.billingPostalCode.trim(),
    buyerCity: details.billingCity.trim(),
    buyerEan: normaliseEan(details.ean),
    buyerCvr: normaliseCvr(details.cvr),
    buyerOrderNumber: details.orderNumber.trim(),
    buyerPersonReference: details.personReference.trim(),
    buyerAccountingString: details.accountingString?.trim() || null,
  };
}

/** Whether an issued invoice names the buyer otherwise than these details would. */
export function snapshotDiffers(invoice: BuyerSnapshot, details: BuyerDetails): boolean {
  const wanted = buyerSnapshotOf(details);
  return (Object.keys(wanted) as (keyof BuyerSnapshot)[]).some((key) => (invoice[key] ?? null) !== wanted[key]);
}
