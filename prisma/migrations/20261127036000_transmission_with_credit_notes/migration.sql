-- A corrected invoice's transmission carries the credit notes it replaces: the contact gets
-- one mail with the new invoice and the credit notes attached (each still goes out as its own
-- e-invoice through its own row).
-- The column as Prisma declares a list with a default (so the schema shows no drift); the
-- CHECK keeps it non-null, which Prisma cannot express for lists.
ALTER TABLE "InvoiceTransmission" ADD COLUMN "withCreditNoteIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "InvoiceTransmission" ADD CONSTRAINT "InvoiceTransmission_withCreditNoteIds_check" CHECK ("withCreditNoteIds" IS NOT NULL);
