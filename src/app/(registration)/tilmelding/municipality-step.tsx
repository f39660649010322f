import { Field, SelectField } from "@/components/form/field";
import type { MunicipalityOption, RegistrationOptions, RegistrationState } from "./registration-state";
import { StepNav } from "@/components/form/step-nav";

function matches(m: MunicipalityOption, query: string): boolean {
  const q = query.toLocaleLowerCase("da");
  return m.name.toLocaleLowerCase("da").includes(q) || m.officialName.toLocaleLowerCase("da").includes(q) || m.code.includes(q);
}

function byRegion(list: MunicipalityOption[]): [string, MunicipalityOption[]][] {
  const groups = new Map<string, MunicipalityOption[]>();
  for (const m of list) groups.set(m.regionName, [...(groups.get(m.regionName) ?? []), m]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "da"));
}

/**
 * Municipality and contact person. The municipality list is a plain <select> grouped by
 * region; the search narrows it with a normal submit, so it needs no JavaScript.
 */
export function MunicipalityStep({ state, options, pending }: { state: RegistrationState; options: RegistrationOptions; pending: boolean }) {
  const query = state.municipalityQuery;
  const selected = state.values.municipalityCode ?? "";
  const shown = query ? options.municipalities.filter((m) => matches(m, query) || m.code === selected) : options.municipalities;
  // One match after a search: choose it, which is what the search was for.
  const values = query && shown.length === 1 && !selected ? { ...state.values, municipalityCode: shown[0]!.code } : state.values;
  const selectState = { ...state, values };
  return (
    <>
      <fieldset>
        <legend>Kommune</legend>
        <div className="field">
          <label htmlFor="f-municipalitySearch">Søg efter kommune</label>
          <div className="search-row">
            <input type="search" id="f-municipalitySearch" name="municipalitySearch" defaultValue={query} key={query} autoComplete="off" />
            <button className="button secondary small" type="submit" name="intent" value="search" disabled={pending}>
              Søg
            </button>
          </div>
        </div>
        {query && (
          <p className="small" role="status">
            {shown.length === 0 ? `Ingen kommuner matcher »${query}«.` : `Viser ${shown.length} af ${options.municipalities.length} kommuner, der matcher »${query}«.`}{" "}
            <button className="button secondary small" type="submit" name="intent" value="search-clear" disabled={pending}>
              Vis alle kommuner
            </button>
          </p>
        )}
        <SelectField name="municipalityCode" label="Kommune" state={selectState} required>
          <option value="">Vælg kommune</option>
          {byRegion(shown).map(([region, list]) => (
            <optgroup key={region} label={region}>
              {list.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      </fieldset>
      <fieldset>
        <legend>Kontaktperson</legend>
        <p className="hint small">Kontaktpersonen får bekræftelsen og alle beskeder om tilmeldingen.</p>
        <div className="row">
          <Field name="contactName" label="Navn" state={state} required autoComplete="name" maxLength={120} />
          <Field name="contactTitle" label="Stilling" state={state} required autoComplete="organization-title" maxLength={120} />
        </div>
        <div className="row">
          <Field name="contactEmail" label="E-mail" type="email" state={state} required autoComplete="email" />
          <Field name="contactPhone" label="Telefon" type="tel" state={state} required autoComplete="tel" />
        </div>
      </fieldset>
      <StepNav pending={pending} />
    </>
  );
}
