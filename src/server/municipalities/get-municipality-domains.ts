import "server-only";
import { db } from "@/server/db";

/** One municipality with its e-mail domains in order, or null. */
export async function getMunicipalityDomains({ code }: { code: string }) {
  return db.municipality.findUnique({ where: { code }, include: { domains: { orderBy: { domain: "asc" } } } });
}
