// The structural rules of OIOUBL 2.01 Procurement-BilSim-1.0, shared by the renderer's
// unit tests and the integration tests that render real invoices from the database.
import { Schema } from "node-schematron";

// The structural rules of the OIOUBL 2.01 Procurement-BilSim-1.0 profile that a
// public buyer's NemHandel inbox enforces, plus arithmetic consistency. Expressed
// as Schematron so each rule reads like the spec and failures name the rule.
export const OIOUBL_RULES = `<schema xmlns="http://purl.oclc.org/dsdl/schematron">
  <ns prefix="cbc" uri="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"/>
  <ns prefix="cac" uri="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"/>
  <ns prefix="inv" uri="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>
  <ns prefix="cn" uri="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/>
  <pattern>
    <rule context="/inv:Invoice | /cn:CreditNote">
      <assert id="UBL-VERSION" test="cbc:UBLVersionID = '2.0'">UBLVersionID must be 2.0</assert>
      <assert id="CUSTOMIZATION" test="cbc:CustomizationID = 'OIOUBL-2.01'">CustomizationID must be OIOUBL-2.01</assert>
      <assert id="PROFILE" test="cbc:ProfileID = 'Procurement-BilSim-1.0' and cbc:ProfileID/@schemeID = 'urn:oioubl:id:profileid-1.1' and cbc:ProfileID/@schemeAgencyID = '320'">ProfileID must be Procurement-BilSim-1.0 (profileid-1.1, agency 320)</assert>
      <assert id="ID" test="normalize-space(cbc:ID) != ''">Document ID required</assert>
      <assert id="UUID" test="matches(cbc:UUID, '^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')">UUID must be an RFC 4122 UUID</assert>
      <assert id="ORDER-REF" test="count(cac:OrderReference) = 1 and normalize-space(cac:OrderReference/cbc:ID) != ''">Exactly one non-empty OrderReference/ID</assert>
      <assert id="BUYER-CONTACT" test="count(cac:AccountingCustomerParty/cac:Party/cac:Contact) = 1 and normalize-space(cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ID) != ''">Exactly one buyer Contact, with non-empty ID (personreference)</assert>
      <assert id="BUYER-EAN" test="cac:AccountingCustomerParty/cac:Party/cbc:EndpointID[@schemeID = 'GLN' and @schemeAgencyID = '9' and matches(., '^[0-9]{13}$')]">Buyer EndpointID must be a 13-digit GLN (schemeAgencyID 9)</assert>
      <assert id="BUYER-LEGAL" test="matches(cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID[@schemeID = 'DK:CVR'], '^DK[0-9]{8}$') and cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID">Buyer PartyIdentification and PartyLegalEntity with DK:CVR</assert>
      <assert id="SELLER-CVR" test="matches(cac:AccountingSupplierParty/cac:Party/cbc:EndpointID[@schemeID = 'DK:CVR'], '^DK[0-9]{8}$') and matches(cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID[@schemeID = 'DK:CVR'], '^DK[0-9]{8}$')">Seller CVR as DK + 8 digits, schemeID DK:CVR</assert>
      <assert id="TAX-CATEGORY" test="every $c in (.//cac:TaxCategory | .//cac:ClassifiedTaxCategory) satisfies ($c/cbc:ID = 'StandardRated' and $c/cbc:Percent = 25 and $c/cac:TaxScheme/cbc:ID = '63')">All tax categories StandardRated 25 % in tax scheme 63</assert>
      <assert id="SUM-LINES" test="xs:decimal(cac:LegalMonetaryTotal/cbc:LineExtensionAmount) = sum((cac:InvoiceLine | cac:CreditNoteLine)/cbc:LineExtensionAmount/xs:decimal(.))">LineExtensionAmount = sum of lines</assert>
      <assert id="SUM-TAX" test="xs:decimal(cac:TaxTotal/cbc:TaxAmount) = sum((cac:InvoiceLine | cac:CreditNoteLine)/cac:TaxTotal/cbc:TaxAmount/xs:decimal(.)) and xs:decimal(cac:TaxTotal/cbc:TaxAmount) = xs:decimal(cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount)">Document VAT = sum of line VAT = subtotal VAT</assert>
      <assert id="VAT-RATE" test="xs:decimal(cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount) = round(xs:decimal(cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount) * 0.25, 2)">VAT = 25 % of taxable amount</assert>
      <assert id="TAX-EXCL" test="xs:decimal(cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount) = xs:decimal(cac:TaxTotal/cbc:TaxAmount)">OIOUBL TaxExclusiveAmount carries the VAT total</assert>
      <assert id="GROSS" test="xs:decimal(cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount) = xs:decimal(cac:LegalMonetaryTotal/cbc:LineExtensionAmount) + xs:decimal(cac:TaxTotal/cbc:TaxAmount) and xs:decimal(cac:LegalMonetaryTotal/cbc:PayableAmount) = xs:decimal(cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount)">Gross = net + VAT = payable</assert>
      <assert id="AMOUNT-FORMAT" test="every $a in .//*[@currencyID] satisfies (matches($a, '^-?[0-9]+\\.[0-9]{2}$') and $a/@currencyID = 'DKK')">Amounts have exactly two decimals, in DKK</assert>
    </rule>
    <rule context="cac:InvoiceLine | cac:CreditNoteLine">
      <assert id="LINE-AMOUNT" test="xs:decimal(cbc:LineExtensionAmount) = xs:decimal(cbc:InvoicedQuantity | cbc:CreditedQuantity) * xs:decimal(cac:Price/cbc:PriceAmount)">Line amount = quantity × price</assert>
      <assert id="LINE-UNIT" test="(cbc:InvoicedQuantity | cbc:CreditedQuantity)/@unitCode != ''">Quantity needs a unitCode</assert>
    </rule>
  </pattern>
  <pattern>
    <rule context="/inv:Invoice">
      <assert id="TYPE-CODE" test="cbc:InvoiceTypeCode = '380' and cbc:InvoiceTypeCode/@listID = 'urn:oioubl:codelist:invoicetypecode-1.1'">InvoiceTypeCode 380 (invoicetypecode-1.1)</assert>
      <assert id="PAYMENT" test="cac:PaymentMeans/cbc:PaymentMeansCode = '42' and matches(cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID, '^[0-9]{1,10}$') and matches(cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID, '^[0-9]{4}$') and cac:PaymentMeans/cbc:PaymentDueDate">PaymentMeans 42 with account (max 10 digits), reg.nr. (4 digits) and due date</assert>
    </rule>
    <rule context="/cn:CreditNote">
      <assert id="CREDITED-INVOICE" test="normalize-space(cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID) != ''">Credit note must reference the credited invoice</assert>
      <assert id="CREDIT-POSITIVE" test="xs:decimal(cac:LegalMonetaryTotal/cbc:PayableAmount) &gt; 0">Credit note amounts are positive</assert>
    </rule>
  </pattern>
</schema>`;

const schema = Schema.fromString(OIOUBL_RULES);

export function oioublViolations(xml: string): string[] {
  return schema.validateString(xml, {}).map((r) => `${r.assertId}: ${r.message?.trim()}`);
}
