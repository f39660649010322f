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

// C0 control characters other than tab and line breaks are never meaningful in a form, and
// PostgreSQL rejects NUL in text outright; they are dropped before any validation.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text values of a submitted form (files are ignored, repeated keys keep the last value). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value.replace(CONTROL_CHARACTERS, "");
  }
  return values;
}

/** One text value of a button form (ids, a reason), cleaned like formValues; "" when absent. */
export function formText(formData: FormData, key: string): string {
  return formValues(formData)[key] ?? "";
}

/** A whole number as typed ("7"), else NaN: Number() alone would take "0x10", "1e1" and " ". */
export function wholeNumber(value: string): number {
  return /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
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
