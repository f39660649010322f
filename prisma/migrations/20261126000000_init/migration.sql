-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CohortStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "DirectionStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantStatus" AS ENUM ('ACTIVE', 'CANCELLED', 'SUBSTITUTED');

-- CreateEnum
CREATE TYPE "Field" AS ENUM ('MUNICIPAL_DIRECTOR', 'CHILDREN_CULTURE', 'SOCIAL_HEALTH', 'TECHNICAL_ENVIRONMENT', 'FINANCE_HR_OTHER');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('ISSUED', 'SENT', 'PAID', 'CREDITED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('DIRECTOR', 'STAFF', 'PARTNER');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "WaitlistOfferStatus" AS ENUM ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "PartnerAssociationCode" AS ENUM ('KL', 'KOMMUNALDIREKTOERFORENINGEN', 'BOERNE_OG_KULTURCHEFFORENINGEN', 'FORENINGEN_AF_SOCIALCHEFER', 'KOMMUNALTEKNISK_CHEFFORENING');

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "edition" TEXT NOT NULL,
    "pricePerParticipantOre" INTEGER NOT NULL,
    "vatRateBasisPoints" INTEGER NOT NULL DEFAULT 2500,
    "currency" TEXT NOT NULL DEFAULT 'DKK',
    "paymentTermsDays" INTEGER NOT NULL DEFAULT 30,
    "freeCancellationDays" INTEGER NOT NULL DEFAULT 42,
    "cancellationTerms" TEXT NOT NULL,
    "privacyRetentionDays" INTEGER NOT NULL DEFAULT 30,
    "reminderDaysBefore" INTEGER NOT NULL DEFAULT 7,
    "sellerName" TEXT NOT NULL,
    "sellerStreet" TEXT NOT NULL,
    "sellerPostalCode" TEXT NOT NULL,
    "sellerCity" TEXT NOT NULL,
    "sellerCvr" TEXT NOT NULL,
    "sellerEmail" TEXT NOT NULL,
    "sellerPhone" TEXT NOT NULL,
    "sellerBankReg" TEXT NOT NULL,
    "sellerBankAccount" TEXT NOT NULL,
    "sellerIban" TEXT,
    "sellerBic" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CohortStatus" NOT NULL DEFAULT 'DRAFT',
    "datesAnnounced" BOOLEAN NOT NULL DEFAULT false,
    "seminarStart" TIMESTAMP(3),
    "seminarEnd" TIMESTAMP(3),
    "seminarVenueName" TEXT,
    "seminarVenueAddress" TEXT,
    "seminarVenuePostalCode" TEXT,
    "seminarVenueCity" TEXT,
    "followUpStart" TIMESTAMP(3),
    "followUpEnd" TIMESTAMP(3),
    "followUpVenueName" TEXT,
    "followUpVenueAddress" TEXT,
    "followUpVenuePostalCode" TEXT,
    "followUpVenueCity" TEXT,
    "minDirections" INTEGER NOT NULL DEFAULT 5,
    "maxDirections" INTEGER NOT NULL DEFAULT 10,
    "maxParticipants" INTEGER NOT NULL DEFAULT 36,
    "registrationDeadline" TIMESTAMP(3),
    "description" TEXT NOT NULL DEFAULT '',
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "runningSince" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortFollower" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CohortFollower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "regionName" TEXT NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Direction" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "status" "DirectionStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "contactName" TEXT NOT NULL,
    "contactTitle" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "ownerUserId" TEXT,
    "ean" TEXT NOT NULL,
    "cvr" TEXT NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "personReference" TEXT NOT NULL,
    "accountingString" TEXT,
    "billingName" TEXT NOT NULL,
    "billingStreet" TEXT NOT NULL,
    "billingPostalCode" TEXT NOT NULL,
    "billingCity" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "termsAcceptedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Direction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL,
    "field" "Field" NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "overnightStay" BOOLEAN NOT NULL DEFAULT true,
    "dietaryNeeds" TEXT,
    "dietaryConsent" BOOLEAN NOT NULL DEFAULT false,
    "accessibilityNeeds" TEXT,
    "networkConsent" BOOLEAN NOT NULL DEFAULT false,
    "networkToken" TEXT NOT NULL,
    "status" "ParticipantStatus" NOT NULL DEFAULT 'ACTIVE',
    "replacesId" TEXT,
    "healthDataErasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitlistOffer" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "status" "WaitlistOfferStatus" NOT NULL DEFAULT 'OPEN',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "WaitlistOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceCounter" (
    "programmeId" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("programmeId","series")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "directionId" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "series" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "displayNumber" TEXT NOT NULL,
    "creditedInvoiceId" TEXT,
    "issueDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'DKK',
    "buyerName" TEXT NOT NULL,
    "buyerStreet" TEXT NOT NULL,
    "buyerPostalCode" TEXT NOT NULL,
    "buyerCity" TEXT NOT NULL,
    "buyerEan" TEXT NOT NULL,
    "buyerCvr" TEXT NOT NULL,
    "buyerOrderNumber" TEXT NOT NULL,
    "buyerPersonReference" TEXT NOT NULL,
    "buyerAccountingString" TEXT,
    "netOre" INTEGER NOT NULL,
    "vatOre" INTEGER NOT NULL,
    "grossOre" INTEGER NOT NULL,
    "vatRateBasisPoints" INTEGER NOT NULL,
    "note" TEXT,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'ISSUED',
    "sentAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPriceOre" INTEGER NOT NULL,
    "lineNetOre" INTEGER NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerAssociation" (
    "code" "PartnerAssociationCode" NOT NULL,
    "name" TEXT NOT NULL,
    "fields" "Field"[],

    CONSTRAINT "PartnerAssociation_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'DIRECTOR',
    "partnerCode" "PartnerAssociationCode",
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "kind" TEXT NOT NULL DEFAULT 'generic',
    "directionId" TEXT,
    "cohortId" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorEmail" TEXT,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "directionId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_slug_key" ON "Cohort"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_programmeId_number_key" ON "Cohort"("programmeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CohortFollower_cohortId_email_key" ON "CohortFollower"("cohortId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Direction_idempotencyKey_key" ON "Direction"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Direction_cohortId_status_idx" ON "Direction"("cohortId", "status");

-- CreateIndex
CREATE INDEX "Direction_municipalityCode_idx" ON "Direction"("municipalityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_networkToken_key" ON "Participant"("networkToken");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_replacesId_key" ON "Participant"("replacesId");

-- CreateIndex
CREATE INDEX "Participant_directionId_status_idx" ON "Participant"("directionId", "status");

-- CreateIndex
CREATE INDEX "Participant_field_networkConsent_idx" ON "Participant"("field", "networkConsent");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistOffer_token_key" ON "WaitlistOffer"("token");

-- CreateIndex
CREATE INDEX "WaitlistOffer_cohortId_status_idx" ON "WaitlistOffer"("cohortId", "status");

-- CreateIndex
CREATE INDEX "Invoice_directionId_idx" ON "Invoice"("directionId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_series_number_key" ON "Invoice"("series", "number");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_position_key" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_directionId_idx" ON "EmailOutbox"("directionId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_directionId_idx" ON "AuditLog"("directionId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortFollower" ADD CONSTRAINT "CohortFollower_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Direction" ADD CONSTRAINT "Direction_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Direction" ADD CONSTRAINT "Direction_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Direction" ADD CONSTRAINT "Direction_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Direction" ADD CONSTRAINT "Direction_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistOffer" ADD CONSTRAINT "WaitlistOffer_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistOffer" ADD CONSTRAINT "WaitlistOffer_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceCounter" ADD CONSTRAINT "InvoiceCounter_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditedInvoiceId_fkey" FOREIGN KEY ("creditedInvoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_partnerCode_fkey" FOREIGN KEY ("partnerCode") REFERENCES "PartnerAssociation"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------
-- Hand-written invariants. The application checks every rule first, inside the
-- transaction that writes; these are the backstop when code is wrong or bypassed.
-- ---------------------------------------------------------------------------

-- GS1 check digit: weights 3,1,3,1… from the right, excluding the check digit.
CREATE FUNCTION k2030_valid_gln(value TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  total INT := 0;
  i INT;
BEGIN
  IF value !~ '^[0-9]{13}$' THEN RETURN FALSE; END IF;
  FOR i IN 1..12 LOOP
    total := total + substr(value, i, 1)::INT * CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END;
  END LOOP;
  RETURN (10 - total % 10) % 10 = substr(value, 13, 1)::INT;
END $$;

-- CVR modulus 11 with weights 2,7,6,5,4,3,2,1.
CREATE FUNCTION k2030_valid_cvr(value TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  weights INT[] := ARRAY[2, 7, 6, 5, 4, 3, 2, 1];
  total INT := 0;
  i INT;
BEGIN
  IF value !~ '^[0-9]{8}$' OR substr(value, 1, 1) = '0' THEN RETURN FALSE; END IF;
  FOR i IN 1..8 LOOP
    total := total + substr(value, i, 1)::INT * weights[i];
  END LOOP;
  RETURN total % 11 = 0;
END $$;

ALTER TABLE "Cohort"
  ADD CONSTRAINT "Cohort_number_check" CHECK ("number" BETWEEN 1 AND 4),
  ADD CONSTRAINT "Cohort_maxParticipants_check" CHECK ("maxParticipants" BETWEEN 30 AND 40),
  ADD CONSTRAINT "Cohort_directions_check" CHECK ("minDirections" >= 1 AND "minDirections" <= "maxDirections" AND "maxDirections" <= 10),
  ADD CONSTRAINT "Cohort_seminar_order_check" CHECK ("seminarEnd" IS NULL OR "seminarStart" IS NULL OR "seminarEnd" > "seminarStart"),
  ADD CONSTRAINT "Cohort_followup_order_check" CHECK ("followUpEnd" IS NULL OR "followUpStart" IS NULL OR "followUpEnd" > "followUpStart");

ALTER TABLE "Direction"
  ADD CONSTRAINT "Direction_ean_check" CHECK (k2030_valid_gln("ean")),
  ADD CONSTRAINT "Direction_cvr_check" CHECK (k2030_valid_cvr("cvr")),
  ADD CONSTRAINT "Direction_waitlist_check" CHECK (("status" = 'WAITLISTED') = ("waitlistPosition" IS NOT NULL));

-- A municipality holds at most one active (confirmed or waiting) direction per programme.
CREATE UNIQUE INDEX "Direction_one_active_per_municipality"
  ON "Direction" ("programmeId", "municipalityCode") WHERE "status" <> 'CANCELLED';
CREATE UNIQUE INDEX "Direction_waitlist_position_unique"
  ON "Direction" ("cohortId", "waitlistPosition") WHERE "status" = 'WAITLISTED';

ALTER TABLE "Participant"
  ADD CONSTRAINT "Participant_dietary_consent_check" CHECK ("dietaryNeeds" IS NULL OR "dietaryConsent");

ALTER TABLE "Invoice"
  ADD CONSTRAINT "Invoice_amounts_check" CHECK ("netOre" >= 0 AND "vatOre" >= 0 AND "grossOre" = "netOre" + "vatOre"),
  ADD CONSTRAINT "Invoice_number_check" CHECK ("number" > 0),
  ADD CONSTRAINT "Invoice_buyer_ean_check" CHECK (k2030_valid_gln("buyerEan")),
  ADD CONSTRAINT "Invoice_buyer_cvr_check" CHECK (k2030_valid_cvr("buyerCvr")),
  ADD CONSTRAINT "Invoice_buyer_refs_check" CHECK (btrim("buyerOrderNumber") <> '' AND btrim("buyerPersonReference") <> ''),
  ADD CONSTRAINT "Invoice_credit_reference_check" CHECK (("kind" = 'CREDIT_NOTE') = ("creditedInvoiceId" IS NOT NULL));

ALTER TABLE "InvoiceLine"
  ADD CONSTRAINT "InvoiceLine_amount_check" CHECK ("quantity" > 0 AND "unitPriceOre" >= 0 AND "lineNetOre" = "quantity" * "unitPriceOre");

ALTER TABLE "InvoiceCounter"
  ADD CONSTRAINT "InvoiceCounter_lastNumber_check" CHECK ("lastNumber" >= 0);

-- Capacity backstop: the cohort row is locked, so concurrent writers are serialised
-- here even if the application forgot to lock.
CREATE FUNCTION k2030_check_cohort_capacity(target_cohort TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  cohort RECORD;
  confirmed_directions INT;
  active_participants INT;
BEGIN
  SELECT "maxDirections", "maxParticipants" INTO cohort FROM "Cohort" WHERE id = target_cohort FOR UPDATE;
  SELECT count(*) INTO confirmed_directions FROM "Direction"
    WHERE "cohortId" = target_cohort AND "status" = 'CONFIRMED';
  IF confirmed_directions > cohort."maxDirections" THEN
    RAISE EXCEPTION 'cohort % has % confirmed directions, max %', target_cohort, confirmed_directions, cohort."maxDirections"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Cohort_direction_capacity';
  END IF;
  SELECT count(*) INTO active_participants FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId"
    WHERE d."cohortId" = target_cohort AND d."status" = 'CONFIRMED' AND p."status" = 'ACTIVE';
  IF active_participants > cohort."maxParticipants" THEN
    RAISE EXCEPTION 'cohort % has % active participants, max %', target_cohort, active_participants, cohort."maxParticipants"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Cohort_participant_capacity';
  END IF;
END $$;

CREATE FUNCTION k2030_direction_capacity_trigger() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'CONFIRMED' THEN
    PERFORM k2030_check_cohort_capacity(NEW."cohortId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Direction_capacity"
  AFTER INSERT OR UPDATE OF "status", "cohortId" ON "Direction"
  FOR EACH ROW EXECUTE FUNCTION k2030_direction_capacity_trigger();

CREATE FUNCTION k2030_participant_capacity_trigger() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  target_cohort TEXT;
BEGIN
  IF NEW."status" = 'ACTIVE' THEN
    SELECT "cohortId" INTO target_cohort FROM "Direction" WHERE id = NEW."directionId" AND "status" = 'CONFIRMED';
    IF target_cohort IS NOT NULL THEN
      PERFORM k2030_check_cohort_capacity(target_cohort);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Participant_capacity"
  AFTER INSERT OR UPDATE OF "status", "directionId" ON "Participant"
  FOR EACH ROW EXECUTE FUNCTION k2030_participant_capacity_trigger();

CREATE FUNCTION k2030_cohort_capacity_trigger() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."maxParticipants" < OLD."maxParticipants" OR NEW."maxDirections" < OLD."maxDirections" THEN
    PERFORM k2030_check_cohort_capacity(NEW.id);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Cohort_capacity"
  AFTER UPDATE OF "maxParticipants", "maxDirections" ON "Cohort"
  FOR EACH ROW EXECUTE FUNCTION k2030_cohort_capacity_trigger();

-- Issued invoices are immutable bookkeeping records: only the status may move
-- forward (and its timestamps be set); nothing is ever deleted.
CREATE FUNCTION k2030_invoice_immutable() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'issued invoices cannot be deleted' USING ERRCODE = 'restrict_violation';
  END IF;
  IF (to_jsonb(NEW) - ARRAY['status', 'sentAt', 'paidAt']) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'sentAt', 'paidAt']) THEN
    RAISE EXCEPTION 'issued invoices are immutable; issue a credit note instead' USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD."status" = 'CREDITED' AND NEW."status" <> 'CREDITED' THEN
    RAISE EXCEPTION 'a credited invoice cannot change status' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Invoice_immutable"
  BEFORE UPDATE OR DELETE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION k2030_invoice_immutable();

CREATE FUNCTION k2030_invoice_line_immutable() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'invoice lines cannot be changed or deleted' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER "InvoiceLine_immutable"
  BEFORE UPDATE OR DELETE ON "InvoiceLine"
  FOR EACH ROW EXECUTE FUNCTION k2030_invoice_line_immutable();

CREATE FUNCTION k2030_counter_monotonic() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."lastNumber" < OLD."lastNumber" THEN
    RAISE EXCEPTION 'invoice counters never move backwards' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "InvoiceCounter_monotonic"
  BEFORE UPDATE ON "InvoiceCounter"
  FOR EACH ROW EXECUTE FUNCTION k2030_counter_monotonic();
