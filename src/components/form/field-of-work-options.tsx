import { FIELDS, FIELD_LABELS } from "@/domain/fields";

/** The options of a participant's "Fagområde" select, with the empty choice first. */
export function FieldOfWorkOptions() {
  return (
    <>
      <option value="">Vælg fagområde</option>
      {FIELDS.map((code) => (
        <option key={code} value={code}>
          {FIELD_LABELS[code]}
        </option>
      ))}
    </>
  );
}
