import "server-only";
import { DomainError } from "@/domain/errors";

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const meta = (error as { meta?: unknown }).meta;
  let metaText = "";
  try {
    metaText = meta ? JSON.stringify(meta) : "";
  } catch {
    // Circular driver metadata: the message alone is enough.
  }
  return `${error.message} ${metaText}`;
}

/**
 * Translates the database backstops a cohort write can hit into coded errors. The use
 * cases check first; these fire only when a concurrent writer slipped past the check.
 */
export function cohortWriteError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const text = describe(error);
  if (/Cohort_direction_capacity|confirmed directions, max/.test(text)) return new DomainError("CAP_BELOW_BOOKINGS", { field: "maxDirections" });
  if (/Cohort_participant_capacity|active participants, max/.test(text)) return new DomainError("CAP_BELOW_BOOKINGS", { field: "maxParticipants" });
  const code = (error as { code?: string }).code;
  if (code === "P2002" || /unique constraint/i.test(text)) {
    if (/slug/i.test(text)) return new DomainError("SLUG_TAKEN", { field: "slug" });
    if (/number/i.test(text)) return new DomainError("COHORT_NUMBER_TAKEN", { field: "number" });
  }
  return error;
}
