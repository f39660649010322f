// Peppol BIS Billing 3.0 (UBL 2.1) rendering of an issued invoice or credit note.
// Pure function of the InvoiceDocument snapshot: no I/O, no clock, so the same
// snapshot always yields byte-identical XML.

import type {
  InvoiceDocument,
  InvoiceDocumentLine,
} from "../../../domain/invoice-document";
import { amount, assertConsistent, digitsOnly, el, elAttr, formatOre, nonEmpty, documentLine, openDocument } from "./ubl-writer";

const CUSTOMIZATION_ID =
  "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
const PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";


// Peppol electronic address schemes (EAS / ICD).
const SCHEME_GLN = "0088";
const SCHEME_DK_CVR = "0184";


// UNCL4461: 58 = SEPA credit transfer (IBAN), 42 = payment to bank account,
// which DK-R-005/006 accept for a domestic reg.nr. + kontonr.
const PAYMENT_MEANS_IBAN = "58";
const PAYMENT_MEANS_DK_ACCOUNT = "42";

export function renderPeppolUbl(doc: InvoiceDocument): string {
  assertConsistent(doc);
  const { isCredit, root, cur, percent, out, add } = openDocument(doc);
  add(el("cbc:CustomizationID", CUSTOMIZATION_ID));
  add(el("cbc:ProfileID", PROFILE_ID));
  add(el("cbc:ID", doc.number));
  add(el("cbc:IssueDate", doc.issueDate));
  // UBL 2.1 CreditNote has no DueDate; a credit note is not paid by the buyer anyway.
  if (!isCredit) add(el("cbc:DueDate", doc.dueDate));
  add(isCredit ? el("cbc:CreditNoteTypeCode", "381") : el("cbc:InvoiceTypeCode", "380"));
  if (nonEmpty(doc.note)) add(el("cbc:Note", doc.note));
  add(el("cbc:DocumentCurrencyCode", cur));
  if (nonEmpty(doc.buyer.accountingString)) {
    add(el("cbc:AccountingCost", doc.buyer.accountingString));
  }
  add(el("cbc:BuyerReference", doc.buyer.personReference));
  add(`<cac:OrderReference>${el("cbc:ID", doc.buyer.orderNumber)}</cac:OrderReference>`);
  if (isCredit && doc.creditedInvoice) {
    add(
      `<cac:BillingReference><cac:InvoiceDocumentReference>${el("cbc:ID", doc.creditedInvoice.number)}${el("cbc:IssueDate", doc.creditedInvoice.issueDate)}</cac:InvoiceDocumentReference></cac:BillingReference>`,
    );
  }

  const s = doc.seller;
  add(`<cac:AccountingSupplierParty><cac:Party>`);
  add(elAttr("cbc:EndpointID", { schemeID: SCHEME_DK_CVR }, s.cvr));
  add(`<cac:PartyName>${el("cbc:Name", s.name)}</cac:PartyName>`);
  add(postalAddress(s));
  add(
    `<cac:PartyTaxScheme>${el("cbc:CompanyID", `DK${s.cvr}`)}<cac:TaxScheme>${el("cbc:ID", "VAT")}</cac:TaxScheme></cac:PartyTaxScheme>`,
  );
  add(
    `<cac:PartyLegalEntity>${el("cbc:RegistrationName", s.name)}${elAttr("cbc:CompanyID", { schemeID: SCHEME_DK_CVR }, s.cvr)}</cac:PartyLegalEntity>`,
  );
  add(
    `<cac:Contact>${el("cbc:Name", s.name)}${el("cbc:Telephone", s.phone)}${el("cbc:ElectronicMail", s.email)}</cac:Contact>`,
  );
  add(`</cac:Party></cac:AccountingSupplierParty>`);

  const b = doc.buyer;
  add(`<cac:AccountingCustomerParty><cac:Party>`);
  add(elAttr("cbc:EndpointID", { schemeID: SCHEME_GLN }, b.ean));
  add(
    `<cac:PartyIdentification>${elAttr("cbc:ID", { schemeID: SCHEME_GLN }, b.ean)}</cac:PartyIdentification>`,
  );
  add(`<cac:PartyName>${el("cbc:Name", b.name)}</cac:PartyName>`);
  add(postalAddress(b));
  add(
    `<cac:PartyLegalEntity>${el("cbc:RegistrationName", b.name)}${elAttr("cbc:CompanyID", { schemeID: SCHEME_DK_CVR }, b.cvr)}</cac:PartyLegalEntity>`,
  );
  add(`</cac:Party></cac:AccountingCustomerParty>`);

  // The buyer pays invoices; a credit note's refund is settled outside the document,
  // so payment means would only invite a payment in the wrong direction.
  if (!isCredit) add(paymentMeans(doc));
  add(`<cac:PaymentTerms>${el("cbc:Note", paymentTermsNote(doc))}</cac:PaymentTerms>`);

  add(`<cac:TaxTotal>`);
  add(amount("cbc:TaxAmount", doc.vatOre, cur));
  add(`<cac:TaxSubtotal>`);
  add(amount("cbc:TaxableAmount", doc.netOre, cur));
  add(amount("cbc:TaxAmount", doc.vatOre, cur));
  add(taxCategory("cac:TaxCategory", percent));
  add(`</cac:TaxSubtotal>`);
  add(`</cac:TaxTotal>`);

  add(`<cac:LegalMonetaryTotal>`);
  add(amount("cbc:LineExtensionAmount", doc.netOre, cur));
  add(amount("cbc:TaxExclusiveAmount", doc.netOre, cur));
  add(amount("cbc:TaxInclusiveAmount", doc.grossOre, cur));
  add(amount("cbc:PayableAmount", doc.grossOre, cur));
  add(`</cac:LegalMonetaryTotal>`);

  for (const line of doc.lines) add(renderLine(line, isCredit, cur, percent));

  add(`</${root}>`);
  return out.join("\n") + "\n";
}

function renderLine(
  line: InvoiceDocumentLine,
  isCredit: boolean,
  cur: string,
  percent: string,
): string {
  return documentLine(line, isCredit, cur, [
    `<cac:Item>${el("cbc:Name", line.description)}${taxCategory("cac:ClassifiedTaxCategory", percent)}</cac:Item>`,
    `<cac:Price>${amount("cbc:PriceAmount", line.unitPriceOre, cur)}</cac:Price>`,
  ]);
}

function paymentMeans(doc: InvoiceDocument): string {
  const s = doc.seller;
  const iban = s.iban?.replace(/\s+/g, "");
  const parts = [`<cac:PaymentMeans>`];
  if (iban) {
    parts.push(el("cbc:PaymentMeansCode", PAYMENT_MEANS_IBAN));
    parts.push(el("cbc:PaymentID", doc.paymentId));
    parts.push(
      `<cac:PayeeFinancialAccount>${el("cbc:ID", iban)}${el("cbc:Name", s.name)}${
        nonEmpty(s.bic)
          ? `<cac:FinancialInstitutionBranch>${el("cbc:ID", s.bic.replace(/\s+/g, ""))}</cac:FinancialInstitutionBranch>`
          : ""
      }</cac:PayeeFinancialAccount>`,
    );
  } else {
    // DK-R-006: account number in PayeeFinancialAccount/ID, reg.nr. in the branch ID.
    parts.push(el("cbc:PaymentMeansCode", PAYMENT_MEANS_DK_ACCOUNT));
    parts.push(el("cbc:PaymentID", doc.paymentId));
    parts.push(
      `<cac:PayeeFinancialAccount>${el("cbc:ID", digitsOnly(s.bankAccount))}${el("cbc:Name", s.name)}<cac:FinancialInstitutionBranch>${el("cbc:ID", digitsOnly(s.bankReg))}</cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>`,
    );
  }
  parts.push(`</cac:PaymentMeans>`);
  return parts.join("");
}

function paymentTermsNote(doc: InvoiceDocument): string {
  if (doc.kind === "CREDIT_NOTE") {
    return `Kreditnota til faktura ${doc.creditedInvoice?.number ?? ""}. Beløbet tilbagebetales eller modregnes.`;
  }
  return `Betales senest ${doc.dueDate}. Angiv betalingsreference ${doc.paymentId} ved betaling.`;
}

function postalAddress(p: InvoiceDocument["buyer"] | InvoiceDocument["seller"]): string {
  return `<cac:PostalAddress>${el("cbc:StreetName", p.street)}${el("cbc:CityName", p.city)}${el("cbc:PostalZone", p.postalCode)}<cac:Country>${el("cbc:IdentificationCode", p.countryCode)}</cac:Country></cac:PostalAddress>`;
}

function taxCategory(tag: string, percent: string): string {
  return `<${tag}>${el("cbc:ID", "S")}${el("cbc:Percent", percent)}<cac:TaxScheme>${el("cbc:ID", "VAT")}</cac:TaxScheme></${tag}>`;
}

