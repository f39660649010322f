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

/** The id of the input for a field path ("participants.0.email" → "f-participants-0-email"): labels and the error summary's links use it. */
export function fieldId(name: string): string {
  return `f-${name.replace(/\W/g, "-")}`;
}

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

/** The form-level message every failed validation carries; the error summary lists the fields instead. */
export const CHECK_FIELDS_MESSAGE = "Tjek de markerede felter.";

export type SummaryError = { key: string; text: string; href: string | null };

/**
 * What a form's error summary lists, in the order the fields were checked: every field error as a
 * link to its input, prefixed with the context a bare message would lack ("Deltager 2: …"), and
 * the form-level message when it says more than "check the fields" and is not a field's own.
 */
export function summaryErrors(state: Pick<FormState, "status" | "message" | "fieldErrors">, context?: (key: string) => string | undefined): SummaryError[] {
  if (state.status !== "error") return [];
  const items: SummaryError[] = [];
  for (const [key, message] of Object.entries(state.fieldErrors)) {
    const prefix = context?.(key);
    items.push({ key, text: prefix ? `${prefix}: ${message}` : message, href: key === "_form" ? null : `#${fieldId(key)}` });
  }
  const message = state.message?.trim();
  if (message && message !== CHECK_FIELDS_MESSAGE && !Object.values(state.fieldErrors).includes(message)) {
    items.unshift({ key: "_message", text: message, href: null });
  }
  if (items.length === 0) items.push({ key: "_message", text: message || CHECK_FIELDS_MESSAGE, href: null });
  return items;
}

export function errorState(values: Record<string, string>, message: string, fieldErrors: Record<string, string> = {}): FormState {
  return { status: "error", message, fieldErrors, values };
}
