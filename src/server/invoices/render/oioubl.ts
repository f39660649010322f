// OIOUBL 2.01 (UBL 2.0, Danish NemHandel) rendering of an issued invoice or credit
// note, for public buyers that still receive OIOUBL rather than Peppol BIS.
// Pure function of the snapshot: no clock, no randomness (the UUID is derived from
// the document number), so re-rendering yields identical bytes.

import { createHash } from "node:crypto";
import type { InvoiceDocument, InvoiceDocumentLine } from "../../../domain/invoice-document";
import { amount, assertConsistent, digitsOnly, el, elAttr, documentLine, openDocument, UNIT_CODE } from "./ubl-writer";


// Procurement-BilSim-1.0 is "simpel fakturering", the profile public authorities
// must support and must use when the supplier supports it too (the NES profile 5
// alternative is only for suppliers that cannot receive ApplicationResponse).
// It requires the buyer's personreference as Contact/ID and a non-empty order ref.
export const OIOUBL_PROFILE_ID = "Procurement-BilSim-1.0";
const PROFILE_SCHEME_ID = "urn:oioubl:id:profileid-1.1";
const OIOUBL_AGENCY = "320";

const TAX_CATEGORY_ATTRS = {
  schemeAgencyID: OIOUBL_AGENCY,
  schemeID: "urn:oioubl:id:taxcategoryid-1.1",
};
const TAX_SCHEME_ATTRS = {
  schemeAgencyID: OIOUBL_AGENCY,
  schemeID: "urn:oioubl:id:taxschemeid-1.1",
};
// OIOUBL tax scheme 63 = Danish VAT ("Moms").
const TAX_SCHEME_VAT = "63";

const SELLERS_ITEM_ID = "K2030-PLADS";

export function renderOioubl(doc: InvoiceDocument): string {
  assertConsistent(doc);
  const b = doc.buyer;
  if (!b.personReference.trim()) {
    throw new Error(`Document ${doc.number}: OIOUBL requires a personreference (Contact/ID)`);
  }
  if (!b.orderNumber.trim()) {
    throw new Error(`Document ${doc.number}: OIOUBL requires an order number`);
  }
  const { isCredit, root, cur, percent, out, add } = openDocument(doc);
  add(el("cbc:UBLVersionID", "2.0"));
  add(el("cbc:CustomizationID", "OIOUBL-2.01"));
  add(
    elAttr(
      "cbc:ProfileID",
      { schemeAgencyID: OIOUBL_AGENCY, schemeID: PROFILE_SCHEME_ID },
      OIOUBL_PROFILE_ID,
    ),
  );
  add(el("cbc:ID", doc.number));
  add(el("cbc:CopyIndicator", "false"));
  add(el("cbc:UUID", deterministicUuid(`${doc.kind}:${doc.number}`)));
  add(el("cbc:IssueDate", doc.issueDate));
  // UBL 2.0 CreditNote has no type code element.
  if (!isCredit) {
    add(
      elAttr(
        "cbc:InvoiceTypeCode",
        { listAgencyID: OIOUBL_AGENCY, listID: "urn:oioubl:codelist:invoicetypecode-1.1" },
        "380",
      ),
    );
  }
  if (doc.note?.trim()) add(el("cbc:Note", doc.note));
  add(el("cbc:DocumentCurrencyCode", cur));
  if (b.accountingString?.trim()) add(el("cbc:AccountingCost", b.accountingString));
  add(`<cac:OrderReference>${el("cbc:ID", b.orderNumber)}</cac:OrderReference>`);
  if (isCredit && doc.creditedInvoice) {
    add(
      `<cac:BillingReference><cac:InvoiceDocumentReference>${el("cbc:ID", doc.creditedInvoice.number)}${el("cbc:IssueDate", doc.creditedInvoice.issueDate)}</cac:InvoiceDocumentReference></cac:BillingReference>`,
    );
  }

  const s = doc.seller;
  const sellerCvr = `DK${s.cvr}`;
  add(`<cac:AccountingSupplierParty><cac:Party>`);
  add(elAttr("cbc:EndpointID", { schemeID: "DK:CVR" }, sellerCvr));
  add(`<cac:PartyIdentification>${elAttr("cbc:ID", { schemeID: "DK:CVR" }, sellerCvr)}</cac:PartyIdentification>`);
  add(`<cac:PartyName>${el("cbc:Name", s.name)}</cac:PartyName>`);
  add(postalAddress(s));
  add(
    `<cac:PartyTaxScheme>${elAttr("cbc:CompanyID", { schemeID: "DK:SE" }, sellerCvr)}${taxScheme()}</cac:PartyTaxScheme>`,
  );
  add(
    `<cac:PartyLegalEntity>${el("cbc:RegistrationName", s.name)}${elAttr("cbc:CompanyID", { schemeID: "DK:CVR" }, sellerCvr)}</cac:PartyLegalEntity>`,
  );
  add(
    `<cac:Contact>${el("cbc:Name", s.name)}${el("cbc:Telephone", s.phone)}${el("cbc:ElectronicMail", s.email)}</cac:Contact>`,
  );
  add(`</cac:Party></cac:AccountingSupplierParty>`);

  const buyerCvr = `DK${b.cvr}`;
  add(`<cac:AccountingCustomerParty><cac:Party>`);
  add(elAttr("cbc:EndpointID", { schemeAgencyID: "9", schemeID: "GLN" }, b.ean));
  add(`<cac:PartyIdentification>${elAttr("cbc:ID", { schemeID: "DK:CVR" }, buyerCvr)}</cac:PartyIdentification>`);
  add(`<cac:PartyName>${el("cbc:Name", b.name)}</cac:PartyName>`);
  add(postalAddress(b));
  add(
    `<cac:PartyLegalEntity>${el("cbc:RegistrationName", b.name)}${elAttr("cbc:CompanyID", { schemeID: "DK:CVR" }, buyerCvr)}</cac:PartyLegalEntity>`,
  );
  // The authority routes the invoice internally on this personreference.
  add(`<cac:Contact>${el("cbc:ID", b.personReference)}</cac:Contact>`);
  add(`</cac:Party></cac:AccountingCustomerParty>`);

  // A credit note is settled by refund or set-off; bank details would invite a payment.
  if (!isCredit) {
    add(
      `<cac:PaymentMeans>${el("cbc:ID", "1")}${el("cbc:PaymentMeansCode", "42")}${el("cbc:PaymentDueDate", doc.dueDate)}${elAttr(
        "cbc:PaymentChannelCode",
        { listAgencyID: OIOUBL_AGENCY, listID: "urn:oioubl:codelist:paymentchannelcode-1.1" },
        "DK:BANK",
      )}<cac:PayeeFinancialAccount>${el("cbc:ID", digitsOnly(s.bankAccount))}<cac:FinancialInstitutionBranch>${el("cbc:ID", digitsOnly(s.bankReg))}</cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>`,
    );
  }

  add(taxTotal(doc.netOre, doc.vatOre, cur, percent));

  add(`<cac:LegalMonetaryTotal>`);
  add(amount("cbc:LineExtensionAmount", doc.netOre, cur));
  // OIOUBL defines TaxExclusiveAmount as the total VAT amount ("momsbeløb"),
  // unlike EN16931/Peppol where it is the amount excluding VAT.
  add(amount("cbc:TaxExclusiveAmount", doc.vatOre, cur));
  add(amount("cbc:TaxInclusiveAmount", doc.grossOre, cur));
  add(amount("cbc:PayableAmount", doc.grossOre, cur));
  add(`</cac:LegalMonetaryTotal>`);

  const lineVat = allocateLineVat(doc);
  doc.lines.forEach((line, i) => add(renderLine(line, lineVat[i] ?? 0, isCredit, cur, percent)));

  add(`</${root}>`);
  return out.join("\n") + "\n";
}

function renderLine(
  line: InvoiceDocumentLine,
  vatOre: number,
  isCredit: boolean,
  cur: string,
  percent: string,
): string {
  return documentLine(line, isCredit, cur, [
    taxTotal(line.lineNetOre, vatOre, cur, percent),
    `<cac:Item>${el("cbc:Description", line.description)}${el("cbc:Name", line.description)}<cac:SellersItemIdentification>${el("cbc:ID", SELLERS_ITEM_ID)}</cac:SellersItemIdentification>${classifiedTaxCategory(percent)}</cac:Item>`,
    `<cac:Price>${amount("cbc:PriceAmount", line.unitPriceOre, cur)}${elAttr("cbc:BaseQuantity", { unitCode: UNIT_CODE }, "1")}${el("cbc:OrderableUnitFactorRate", "1")}</cac:Price>`,
  ]);
}

function taxTotal(taxableOre: number, vatOre: number, cur: string, percent: string): string {
  return `<cac:TaxTotal>${amount("cbc:TaxAmount", vatOre, cur)}<cac:TaxSubtotal>${amount("cbc:TaxableAmount", taxableOre, cur)}${amount("cbc:TaxAmount", vatOre, cur)}<cac:TaxCategory>${elAttr("cbc:ID", TAX_CATEGORY_ATTRS, "StandardRated")}${el("cbc:Percent", percent)}${taxScheme()}</cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>`;
}

function classifiedTaxCategory(percent: string): string {
  return `<cac:ClassifiedTaxCategory>${elAttr("cbc:ID", TAX_CATEGORY_ATTRS, "StandardRated")}${el("cbc:Percent", percent)}${taxScheme()}</cac:ClassifiedTaxCategory>`;
}

function taxScheme(): string {
  return `<cac:TaxScheme>${elAttr("cbc:ID", TAX_SCHEME_ATTRS, TAX_SCHEME_VAT)}${el("cbc:Name", "Moms")}</cac:TaxScheme>`;
}

function postalAddress(p: InvoiceDocument["buyer"] | InvoiceDocument["seller"]): string {
  // Our addresses are one street line, not street + building number, so
  // StructuredLax rather than StructuredDK.
  return `<cac:PostalAddress>${elAttr(
    "cbc:AddressFormatCode",
    { listAgencyID: OIOUBL_AGENCY, listID: "urn:oioubl:codelist:addressformatcode-1.1" },
    "StructuredLax",
  )}${el("cbc:StreetName", p.street)}${el("cbc:CityName", p.city)}${el("cbc:PostalZone", p.postalCode)}<cac:Country>${el("cbc:IdentificationCode", p.countryCode)}</cac:Country></cac:PostalAddress>`;
}

// Per-line VAT must add up to the document VAT exactly; rounding each line
// independently could drift by an øre, so the last line absorbs the remainder.
function allocateLineVat(doc: InvoiceDocument): number[] {
  const bp = doc.vatRateBasisPoints;
  const shares = doc.lines.map((l) => Math.round((l.lineNetOre * bp) / 10_000));
  const allocated = shares.slice(0, -1).reduce((a, v) => a + v, 0);
  shares[shares.length - 1] = doc.vatOre - allocated;
  return shares;
}

function deterministicUuid(seed: string): string {
  const h = createHash("sha1").update(`kommunestyret-2030:${seed}`).digest("hex");
  // Shaped as an RFC 4122 name-based (v5-style) UUID.
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

