-- A corrected invoice's transmission carries the credit notes it replaces: the contact gets
-- one mail with the new invoice and the credit notes attached (each still goes out as its own
-- e-invoice through its own row).
ALTER TABLE "InvoiceTransmission" ADD COLUMN "withCreditNoteIds" TEXT[] NOT NULL DEFAULT '{}';
