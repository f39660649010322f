-- Issue 14: when to invoice, goodwill credit notes, buyer responses.
CREATE TYPE "InvoiceTiming" AS ENUM ('AT_REGISTRATION', 'WHEN_RUNNING', 'BEFORE_SEMINAR');
CREATE TYPE "InvoiceResponseStatus" AS ENUM ('RECEIVED', 'ACCEPTED', 'REJECTED', 'UNDER_QUERY', 'PAID');

ALTER TABLE "Programme"
  ADD COLUMN "invoiceTiming" "InvoiceTiming" NOT NULL DEFAULT 'WHEN_RUNNING',
  ADD COLUMN "invoiceDaysBefore" INTEGER NOT NULL DEFAULT 42,
  ADD CONSTRAINT "Programme_invoiceDaysBefore_check" CHECK ("invoiceDaysBefore" BETWEEN 0 AND 365);

-- Existing invoices keep their rows untouched (the column has a default, so no row is rewritten
-- through the immutability trigger).
ALTER TABLE "Invoice"
  ADD COLUMN "keepsSeat" BOOLEAN NOT NULL DEFAULT false,
  ADD CONSTRAINT "Invoice_keepsSeat_check" CHECK (NOT "keepsSeat" OR "kind" = 'CREDIT_NOTE');

CREATE TABLE "InvoiceResponse" (
  "id" TEXT NOT NULL,
  "invoiceId" TEXT NOT NULL,
  "format" TEXT NOT NULL,
  "documentId" TEXT NOT NULL,
  "status" "InvoiceResponseStatus" NOT NULL,
  "code" TEXT NOT NULL,
  "reason" TEXT,
  "issueDate" TEXT,
  "xml" TEXT NOT NULL,
  "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "InvoiceResponse_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "InvoiceResponse_format_check" CHECK ("format" IN ('peppol', 'oioubl'))
);
CREATE UNIQUE INDEX "InvoiceResponse_invoiceId_format_documentId_key" ON "InvoiceResponse"("invoiceId", "format", "documentId");
CREATE INDEX "InvoiceResponse_invoiceId_receivedAt_idx" ON "InvoiceResponse"("invoiceId", "receivedAt");
ALTER TABLE "InvoiceResponse" ADD CONSTRAINT "InvoiceResponse_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
