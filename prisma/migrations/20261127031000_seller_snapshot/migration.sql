-- Every invoice keeps the seller's details as they were at issue.
ALTER TABLE "Invoice"
  ADD COLUMN "sellerName" TEXT,
  ADD COLUMN "sellerStreet" TEXT,
  ADD COLUMN "sellerPostalCode" TEXT,
  ADD COLUMN "sellerCity" TEXT,
  ADD COLUMN "sellerCvr" TEXT,
  ADD COLUMN "sellerEmail" TEXT,
  ADD COLUMN "sellerPhone" TEXT,
  ADD COLUMN "sellerBankReg" TEXT,
  ADD COLUMN "sellerBankAccount" TEXT,
  ADD COLUMN "sellerIban" TEXT,
  ADD COLUMN "sellerBic" TEXT;

-- Backfill from the programme: the best record of the seller at issue that exists. The
-- immutability trigger refuses any change but status, so it is off for this one statement.
ALTER TABLE "Invoice" DISABLE TRIGGER "Invoice_immutable";
UPDATE "Invoice" i SET
  "sellerName" = p."sellerName",
  "sellerStreet" = p."sellerStreet",
  "sellerPostalCode" = p."sellerPostalCode",
  "sellerCity" = p."sellerCity",
  "sellerCvr" = p."sellerCvr",
  "sellerEmail" = p."sellerEmail",
  "sellerPhone" = p."sellerPhone",
  "sellerBankReg" = p."sellerBankReg",
  "sellerBankAccount" = p."sellerBankAccount",
  "sellerIban" = p."sellerIban",
  "sellerBic" = p."sellerBic"
FROM "Direction" d JOIN "Programme" p ON p.id = d."programmeId"
WHERE d.id = i."directionId";
ALTER TABLE "Invoice" ENABLE TRIGGER "Invoice_immutable";

ALTER TABLE "Invoice"
  ALTER COLUMN "sellerName" SET NOT NULL,
  ALTER COLUMN "sellerStreet" SET NOT NULL,
  ALTER COLUMN "sellerPostalCode" SET NOT NULL,
  ALTER COLUMN "sellerCity" SET NOT NULL,
  ALTER COLUMN "sellerCvr" SET NOT NULL,
  ALTER COLUMN "sellerEmail" SET NOT NULL,
  ALTER COLUMN "sellerPhone" SET NOT NULL,
  ALTER COLUMN "sellerBankReg" SET NOT NULL,
  ALTER COLUMN "sellerBankAccount" SET NOT NULL;
