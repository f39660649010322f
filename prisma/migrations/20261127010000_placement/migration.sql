-- Issue 12: cohort places have one owner. Held seats (open waiting-list offers), the
-- programme's participant limit per direction, the runs-event's bookkeeping, calendar
-- sequence numbers for moved directions, and maxDirections 5–10.

-- A direction brings at most this many participants (staff edit it).
ALTER TABLE "Programme" ADD COLUMN "maxParticipantsPerDirection" INTEGER NOT NULL DEFAULT 8;
ALTER TABLE "Programme"
  ADD CONSTRAINT "Programme_maxParticipantsPerDirection_check" CHECK ("maxParticipantsPerDirection" BETWEEN 1 AND 40);

-- Set when a cohort that ran falls below its minimum again (the staff dashboard flags it).
ALTER TABLE "Cohort" ADD COLUMN "belowMinimumSince" TIMESTAMP(3);

-- Told once that the cohort runs; calendar entries' SEQUENCE.
ALTER TABLE "Direction" ADD COLUMN "runningNoticeAt" TIMESTAMP(3);
ALTER TABLE "Direction" ADD COLUMN "calendarSequence" INTEGER NOT NULL DEFAULT 0;
-- Directions of a cohort that already runs were told when it started running.
UPDATE "Direction" d SET "runningNoticeAt" = c."runningSince"
  FROM "Cohort" c
  WHERE c.id = d."cohortId" AND c."runningSince" IS NOT NULL AND d.status = 'CONFIRMED';

-- The seats an offer holds: the direction's participants when it was made.
ALTER TABLE "WaitlistOffer" ADD COLUMN "seats" INTEGER;
UPDATE "WaitlistOffer" o SET seats = GREATEST(1, (
  SELECT count(*) FROM "Participant" p WHERE p."directionId" = o."directionId" AND p.status = 'ACTIVE'));
ALTER TABLE "WaitlistOffer" ALTER COLUMN "seats" SET NOT NULL;
ALTER TABLE "WaitlistOffer" ADD CONSTRAINT "WaitlistOffer_seats_check" CHECK ("seats" > 0);

-- A cohort takes 5–10 directions, and never fewer than its minimum. Raising a maximum below 5
-- (possible before this migration) frees places and breaks nothing.
UPDATE "Cohort" SET "maxDirections" = GREATEST(5, "minDirections") WHERE "maxDirections" < 5;
ALTER TABLE "Cohort" DROP CONSTRAINT "Cohort_directions_check";
ALTER TABLE "Cohort"
  ADD CONSTRAINT "Cohort_directions_check" CHECK ("minDirections" >= 1 AND "minDirections" <= "maxDirections" AND "maxDirections" BETWEEN 5 AND 10);

-- ---------------------------------------------------------------------------
-- Held places: what takes a direction slot and seats on a cohort without being booked on it.
-- One row per holding direction with the seats it holds (never more than it still has).
-- The application (src/server/cohorts/place-counts.ts) and the capacity backstop below both
-- read this view, so a new kind of hold is added here, once (CREATE OR REPLACE VIEW with one
-- more UNION ALL branch of the same columns), and to HOLD_KINDS in src/domain/capacity.ts.
-- ---------------------------------------------------------------------------
CREATE VIEW k2030_held_places AS
  SELECT 'OFFER'::TEXT AS kind,
         o."cohortId" AS "cohortId",
         o."directionId" AS "directionId",
         LEAST(o.seats, (SELECT count(*)::INT FROM "Participant" p WHERE p."directionId" = o."directionId" AND p.status = 'ACTIVE')) AS seats
  FROM "WaitlistOffer" o
  WHERE o.status = 'OPEN';

-- The capacity backstop now counts held places too: confirmed and held directions within
-- maxDirections, active and held seats within maxParticipants.
CREATE OR REPLACE FUNCTION k2030_check_cohort_capacity(target_cohort TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  cohort RECORD;
  confirmed_directions INT;
  active_participants INT;
  held_directions INT;
  held_seats INT;
BEGIN
  SELECT "maxDirections", "maxParticipants" INTO cohort FROM "Cohort" WHERE id = target_cohort FOR UPDATE;
  SELECT count(*), COALESCE(sum(seats), 0) INTO held_directions, held_seats FROM k2030_held_places WHERE "cohortId" = target_cohort;
  SELECT count(*) INTO confirmed_directions FROM "Direction"
    WHERE "cohortId" = target_cohort AND "status" = 'CONFIRMED';
  IF confirmed_directions + held_directions > cohort."maxDirections" THEN
    RAISE EXCEPTION 'cohort % has % confirmed directions and % held, max %', target_cohort, confirmed_directions, held_directions, cohort."maxDirections"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Cohort_direction_capacity';
  END IF;
  SELECT count(*) INTO active_participants FROM "Participant" p JOIN "Direction" d ON d.id = p."directionId"
    WHERE d."cohortId" = target_cohort AND d."status" = 'CONFIRMED' AND p."status" = 'ACTIVE';
  IF active_participants + held_seats > cohort."maxParticipants" THEN
    RAISE EXCEPTION 'cohort % has % active participants and % held seats, max %', target_cohort, active_participants, held_seats, cohort."maxParticipants"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Cohort_participant_capacity';
  END IF;
END $$;

CREATE FUNCTION k2030_offer_capacity_trigger() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'OPEN' THEN
    PERFORM k2030_check_cohort_capacity(NEW."cohortId");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "WaitlistOffer_capacity"
  AFTER INSERT OR UPDATE OF "status", "seats", "cohortId" ON "WaitlistOffer"
  FOR EACH ROW EXECUTE FUNCTION k2030_offer_capacity_trigger();
