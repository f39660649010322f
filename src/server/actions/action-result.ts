import "server-only";
import { unstable_rethrow } from "next/navigation";
import { isDomainError } from "@/domain/errors";
import { errorState, type FormState } from "@/lib/form-state";

export const GENERIC_ERROR = "Der opstod en uventet fejl. Prøv igen om lidt – hvis fejlen fortsætter, så kontakt Komponent.";

/**
 * Turns a thrown error into form state: expected (coded) failures in Danish, anything
 * else logged with its stack and shown generically.
 */
export function failureState(error: unknown, values: Record<string, string>): FormState {
  // redirect() and notFound() work by throwing; they must pass through.
  unstable_rethrow(error);
  if (isDomainError(error)) {
    const field = typeof error.details.field === "string" ? error.details.field : undefined;
    return errorState(values, error.danishMessage, field ? { [field]: error.danishMessage } : {});
  }
  console.error("unexpected error in server action", error);
  return errorState(values, GENERIC_ERROR);
}
