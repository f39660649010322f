import "server-only";
import { db } from "@/server/db";

export type MunicipalityRow = { code: string; name: string; officialName: string; regionName: string };

// The 98 municipalities are reference data: seeded once, never edited by the app. Every
// registration step needs them, so they are read once per process.
let loaded: Promise<MunicipalityRow[]> | undefined;

/** All municipalities by region, then name. */
export function listMunicipalities(): Promise<MunicipalityRow[]> {
  loaded ??= db.municipality
    .findMany({ orderBy: [{ regionName: "asc" }, { name: "asc" }], select: { code: true, name: true, officialName: true, regionName: true } })
    .then((rows) => (rows.length > 0 ? rows : Promise.reject(new Error("no municipalities: has the database been seeded?"))))
    .catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
  return loaded;
}

export async function findMunicipality({ code }: { code: string }): Promise<MunicipalityRow | null> {
  return (await listMunicipalities()).find((m) => m.code === code) ?? null;
}
