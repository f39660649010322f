/**
 * A form's submit button: disabled while the action runs, so a double click submits once, and
 * saying what is happening meanwhile. `name`/`value` tell an action with several buttons which one.
 */
export function SubmitButton({
  pending,
  label,
  pendingLabel = "Gemmer …",
  variant,
  name,
  value,
  disabled,
}: {
  pending: boolean;
  label: React.ReactNode;
  pendingLabel?: string;
  variant?: "secondary" | "danger";
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  return (
    <button className={variant ? `button ${variant}` : "button"} type="submit" name={name} value={value} disabled={pending || disabled}>
      {pending ? pendingLabel : label}
    </button>
  );
}
