import type { Direction } from "@/generated/prisma/client";

type BillingDetails = Pick<Direction, "billingName" | "billingStreet" | "billingPostalCode" | "billingCity" | "ean" | "cvr" | "orderNumber" | "personReference" | "accountingString">;

// Staff read the short names they use every day; the director reads them in full.
const LABELS = {
  staff: { ean: "EAN", cvr: "CVR", orderNumber: "Ordrenr.", className: "kv" },
  director: { ean: "EAN-nummer", cvr: "CVR-nummer", orderNumber: "Ordrenummer", className: "self-service-facts" },
} as const;

/** Who the direction's invoices go to and what they carry (EAN, CVR, order number, references). */
export function BillingFacts({ direction, audience }: { direction: BillingDetails; audience: keyof typeof LABELS }) {
  const labels = LABELS[audience];
  return (
    <dl className={labels.className}>
      <dt>Fakturamodtager</dt>
      <dd>
        {direction.billingName}, {direction.billingStreet}, {direction.billingPostalCode} {direction.billingCity}
      </dd>
      <dt>{labels.ean}</dt>
      <dd>{direction.ean}</dd>
      <dt>{labels.cvr}</dt>
      <dd>{direction.cvr}</dd>
      <dt>{labels.orderNumber}</dt>
      <dd>{direction.orderNumber}</dd>
      <dt>Personreference</dt>
      <dd>{direction.personReference}</dd>
      {direction.accountingString && (
        <>
          <dt>Konteringsstreng</dt>
          <dd>{direction.accountingString}</dd>
        </>
      )}
    </dl>
  );
}
