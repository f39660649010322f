-- Which e-invoice format each receiver takes: per municipality, and per EAN where it differs.
ALTER TABLE "Municipality"
  ADD COLUMN "eInvoiceFormat" "EInvoiceFormat" NOT NULL DEFAULT 'PEPPOL_BIS3',
  ADD COLUMN "eInvoiceFormatUpdatedAt" TIMESTAMP(3);

CREATE TABLE "ReceiverFormat" (
    "ean" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "format" "EInvoiceFormat" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ReceiverFormat_pkey" PRIMARY KEY ("ean"),
    CONSTRAINT "ReceiverFormat_ean_check" CHECK (k2030_valid_gln("ean"))
);

CREATE INDEX "ReceiverFormat_municipalityCode_idx" ON "ReceiverFormat"("municipalityCode");
ALTER TABLE "ReceiverFormat" ADD CONSTRAINT "ReceiverFormat_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
