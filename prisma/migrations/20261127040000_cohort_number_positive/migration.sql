-- A programme may add cohorts beyond the first four: any unused positive number (unique per
-- programme by "Cohort_programmeId_number_key").
ALTER TABLE "Cohort" DROP CONSTRAINT "Cohort_number_check";
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_number_check" CHECK ("number" BETWEEN 1 AND 999);
