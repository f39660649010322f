import type { FormState } from "@/lib/form-state";

const idOf = (name: string) => `f-${name.replace(/\W/g, "-")}`;

/** A checkbox whose state survives a failed submit (an unticked box is simply absent from the values). */
export function Checkbox({ name, label, state, hint }: { name: string; label: string; state: FormState; hint?: string }) {
  const id = idOf(name);
  const error = state.fieldErrors[name];
  const checked = state.values[name] === "on";
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="checkbox">
        <input type="checkbox" id={id} name={name} defaultChecked={checked} key={`${name}-${checked}`} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A plain <select> (no JavaScript needed) with its label and error. */
export function SelectField({ name, label, state, children, required, hint }: { name: string; label: string; state: FormState; children: React.ReactNode; required?: boolean; hint?: string }) {
  const id = idOf(name);
  const error = state.fieldErrors[name];
  const value = state.values[name] ?? "";
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <select id={id} name={name} key={`${name}-${value}`} defaultValue={value} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {children}
      </select>
    </div>
  );
}

/** Back / next buttons of a step; `intent` tells the action what to do. */
export function StepNav({ pending, back = true, nextLabel = "Næste" }: { pending: boolean; back?: boolean; nextLabel?: string }) {
  return (
    <div className="form-actions">
      <button className="button" type="submit" name="intent" value="next" disabled={pending}>
        {pending ? "Gemmer …" : nextLabel}
      </button>
      {back && (
        <button className="button secondary" type="submit" name="intent" value="back" disabled={pending}>
          Tilbage
        </button>
      )}
    </div>
  );
}
