-- The durable outbox of invoice transmissions (replaces the in-memory queue).
CREATE TYPE "EInvoiceFormat" AS ENUM ('PEPPOL_BIS3', 'OIOUBL_21');
CREATE TYPE "TransmissionStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

CREATE TABLE "InvoiceTransmission" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "channels" TEXT[],
    "resend" BOOLEAN NOT NULL DEFAULT false,
    "status" "TransmissionStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "format" "EInvoiceFormat",
    "eInvoiceSentAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "requestedBy" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "InvoiceTransmission_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "InvoiceTransmission_channels_check" CHECK (cardinality("channels") > 0 AND "channels" <@ ARRAY['email', 'e-invoice']::TEXT[])
);

CREATE INDEX "InvoiceTransmission_status_nextAttemptAt_idx" ON "InvoiceTransmission"("status", "nextAttemptAt");
CREATE INDEX "InvoiceTransmission_invoiceId_idx" ON "InvoiceTransmission"("invoiceId");
ALTER TABLE "InvoiceTransmission" ADD CONSTRAINT "InvoiceTransmission_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Documents issued before the outbox and never sent (the in-memory queue lost them) go out now.
INSERT INTO "InvoiceTransmission" ("id", "invoiceId", "channels", "updatedAt")
SELECT 'tx_' || "id", "id", ARRAY['e-invoice', 'email'], CURRENT_TIMESTAMP FROM "Invoice" WHERE "sentAt" IS NULL;
