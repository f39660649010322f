-- Issue 13: municipal identity. Each municipality has its e-mail domains; a registration by an
-- address outside them is taken but waits for staff approval (direction status
-- PENDING_APPROVAL), holding its places on the cohort like an open waiting-list offer.

-- The new value cannot be used in this migration's own transaction, so below it is compared as
-- text (status::TEXT), which needs no committed enum value.
ALTER TYPE "DirectionStatus" ADD VALUE 'PENDING_APPROVAL';

CREATE TABLE "MunicipalityDomain" (
    "domain" TEXT NOT NULL,
    "municipalityCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MunicipalityDomain_pkey" PRIMARY KEY ("domain")
);
CREATE INDEX "MunicipalityDomain_municipalityCode_idx" ON "MunicipalityDomain"("municipalityCode");
ALTER TABLE "MunicipalityDomain" ADD CONSTRAINT "MunicipalityDomain_municipalityCode_fkey"
  FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A bare host name in lower case: labels of letters, digits and hyphens, at least one dot.
ALTER TABLE "MunicipalityDomain" ADD CONSTRAINT "MunicipalityDomain_domain_check"
  CHECK ("domain" ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$');

-- A direction pending approval is not booked on its cohort but holds a direction slot and the
-- seats of its active participants (kind APPROVAL), against everyone, until it is answered.
CREATE OR REPLACE VIEW k2030_held_places AS
  SELECT 'OFFER'::TEXT AS kind,
         o."cohortId" AS "cohortId",
         o."directionId" AS "directionId",
         LEAST(o.seats, (SELECT count(*)::INT FROM "Participant" p WHERE p."directionId" = o."directionId" AND p.status = 'ACTIVE')) AS seats
  FROM "WaitlistOffer" o
  WHERE o.status = 'OPEN'
  UNION ALL
  SELECT 'APPROVAL'::TEXT AS kind,
         d."cohortId" AS "cohortId",
         d.id AS "directionId",
         (SELECT count(*)::INT FROM "Participant" p WHERE p."directionId" = d.id AND p.status = 'ACTIVE') AS seats
  FROM "Direction" d
  WHERE d.status::TEXT = 'PENDING_APPROVAL';

-- The capacity backstop runs when a direction starts holding places too, and when a pending
-- direction's participants change.
CREATE OR REPLACE FUNCTION k2030_direction_capacity_trigger() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status"::TEXT IN ('CONFIRMED', 'PENDING_APPROVAL') THEN
    PERFORM k2030_check_cohort_capacity(NEW."cohortId");
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION k2030_participant_capacity_trigger() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  target_cohort TEXT;
BEGIN
  IF NEW."status" = 'ACTIVE' THEN
    SELECT "cohortId" INTO target_cohort FROM "Direction"
      WHERE id = NEW."directionId" AND "status"::TEXT IN ('CONFIRMED', 'PENDING_APPROVAL');
    IF target_cohort IS NOT NULL THEN
      PERFORM k2030_check_cohort_capacity(target_cohort);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE INDEX "Direction_status_createdAt_idx" ON "Direction"("status", "createdAt");
