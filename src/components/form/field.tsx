import { fieldId, type FormState } from "@/lib/form-state";
import { ErrorSummary } from "@/components/form/error-summary";

// The form controls every form uses. Each control's id is fieldId(name), which is what the error
// summary links to, and its error sits next to it (aria-describedby); values survive a failed submit.

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
  /** Focus this input when the page or step appears (e.g. a participant row just added). */
  autoFocus?: boolean;
};

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** A labelled input whose error appears next to it and whose value survives a failed submit. */
export function Field({ name, label, state, type = "text", hint, defaultValue, required, autoComplete, inputMode, maxLength, multiline, autoFocus }: FieldProps) {
  const inputId = fieldId(name);
  const error = state.fieldErrors[name];
  const value = state.values[name] ?? defaultValue ?? "";
  const common = {
    id: inputId,
    name,
    defaultValue: value,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(inputId, hint, error),
    required,
    autoComplete,
    maxLength,
    autoFocus,
  } as const;
  return (
    <div className="field">
      <label htmlFor={inputId}>
        {label}
        {required ? "" : <span className="muted"> (valgfrit)</span>}
      </label>
      <Hint id={inputId} hint={hint} />
      <ErrorText id={inputId} error={error} />
      {multiline ? <textarea key={value} {...common} /> : <input key={value} type={type} inputMode={inputMode} {...common} />}
    </div>
  );
}

/**
 * A checkbox whose state survives a failed submit. After a failure (or whenever the values name
 * the box) an unticked box is simply absent from the values; otherwise `defaultChecked` applies.
 */
export function Checkbox({ name, label, state, hint, defaultChecked }: { name: string; label: string; state: FormState; hint?: string; defaultChecked?: boolean }) {
  const id = fieldId(name);
  const error = state.fieldErrors[name];
  const checked = state.status === "error" || name in state.values ? state.values[name] === "on" : Boolean(defaultChecked);
  return (
    <div className="field">
      <ErrorText id={id} error={error} />
      <div className="checkbox">
        <input type="checkbox" id={id} name={name} defaultChecked={checked} key={`${name}-${checked}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} />
        <label htmlFor={id}>{label}</label>
      </div>
      <Hint id={id} hint={hint} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };

/**
 * A plain <select> (no JavaScript needed) with its label and error. Its choices are `options`
 * (after an empty `placeholder` choice, if given) or, where they need grouping, `children`.
 */
export function SelectField({
  name,
  label,
  state,
  options,
  placeholder,
  children,
  required,
  hint,
  defaultValue,
}: {
  name: string;
  label: React.ReactNode;
  state: FormState;
  options?: readonly SelectOption[];
  placeholder?: string;
  children?: React.ReactNode;
  required?: boolean;
  hint?: string;
  defaultValue?: string;
}) {
  const id = fieldId(name);
  const error = state.fieldErrors[name];
  const value = state.values[name] ?? defaultValue ?? "";
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <ErrorText id={id} error={error} />
      <select id={id} name={name} key={`${name}-${value}`} defaultValue={value} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </div>
  );
}

/**
 * A form's answer to a submit: after a failure the error summary (every error, linked to its
 * field, focused), after a success the confirmation. `context` names what a field belongs to
 * where its message alone would be ambiguous ("Deltager 2").
 */
export function FormMessage({ state, context }: { state: FormState; context?: (key: string) => string | undefined }) {
  if (state.status === "error") return <ErrorSummary state={state} context={context} />;
  if (state.status === "idle" || !state.message) return null;
  return (
    <div className="notice success" role="status">
      <p>{state.message}</p>
    </div>
  );
}
