import "server-only";
import { db } from "@/server/db";

/** The kinds of thing the audit log has entries about, alphabetically, for its filter. */
export async function listAuditEntityTypes() {
  const rows = await db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}
