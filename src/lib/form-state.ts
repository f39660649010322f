// The state a server action returns to its form: field errors shown next to each field,
// one form-level message, and the submitted values so nothing typed is lost.
import type { z } from "zod";

export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, values: {} };

/** Text values of a submitted form (files and repeated keys are kept as the last value). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** First message per field path ("participants.0.email"), as the form shows them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] ??= issue.message;
  }
  return errors;
}

export function errorState(values: Record<string, string>, message: string, fieldErrors: Record<string, string> = {}): FormState {
  return { status: "error", message, fieldErrors, values };
}
