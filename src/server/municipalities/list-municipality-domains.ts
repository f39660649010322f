import "server-only";
import { db } from "@/server/db";

/** The municipalities with their e-mail domains, for /admin/kommuner. */
export async function listMunicipalityDomains() {
  return db.municipality.findMany({ orderBy: { name: "asc" }, include: { domains: { orderBy: { domain: "asc" } } } });
}
