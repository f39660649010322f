import Link from "next/link";

/** A GET filter select: "" means no filter, so the first option is always the "all" choice. */
export function FilterSelect({ name, label, value, allLabel, options }: { name: string; label: string; value: string | undefined; allLabel: string; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Submit and reset for a filter form; reset is a link, so it also works without JavaScript. */
export function FilterActions({ resetHref }: { resetHref: string }) {
  return (
    <div className="form-actions">
      <button className="button" type="submit">
        Filtrér
      </button>
      <Link href={resetHref}>Nulstil</Link>
    </div>
  );
}
