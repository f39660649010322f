import type { FormState } from "@/lib/form-state";

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  type?: "text" | "email" | "tel" | "number" | "date" | "datetime-local" | "search";
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel";
  maxLength?: number;
  multiline?: boolean;
  id?: string;
};

/** A labelled input whose error appears next to it and whose value survives a failed submit. */
export function Field({ name, label, state, type = "text", hint, defaultValue, required, autoComplete, inputMode, maxLength, multiline, id }: FieldProps) {
  const inputId = id ?? `f-${name.replace(/\W/g, "-")}`;
  const error = state.fieldErrors[name];
  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
  const value = state.values[name] ?? defaultValue ?? "";
  const common = {
    id: inputId,
    name,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required,
    autoComplete,
    maxLength,
  } as const;
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {label}
        {required ? "" : <span className="muted"> (valgfrit)</span>}
      </label>
      {hint && (
        <p className="hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${inputId}-error`}>
          {error}
        </p>
      )}
      {multiline ? <textarea key={value} {...common} /> : <input key={value} type={type} inputMode={inputMode} {...common} />}
    </div>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  return (
    <div className={`notice ${state.status === "error" ? "error" : "success"}`} role={state.status === "error" ? "alert" : "status"}>
      <p>{state.message}</p>
    </div>
  );
}
