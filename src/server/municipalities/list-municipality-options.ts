import "server-only";
import { db } from "@/server/db";

/** The regions and the municipalities by name, for the staff filters. */
export async function listMunicipalityOptions() {
  const [regions, municipalities] = await Promise.all([
    db.municipality.findMany({ distinct: ["regionCode"], orderBy: { regionName: "asc" }, select: { regionCode: true, regionName: true } }),
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  return { regions, municipalities };
}
