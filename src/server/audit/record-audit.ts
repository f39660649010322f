import "server-only";
import type { Tx } from "@/server/db";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/auth/actor";

/** Appends an audit entry in the same transaction as the change it describes. */
export async function recordAudit(
  tx: Pick<Tx, "auditLog">,
  entry: {
    actor: Actor;
    action: string;
    entityType: string;
    entityId: string;
    directionId?: string | null;
    before?: unknown;
    after?: unknown;
  },
) {
  await tx.auditLog.create({ data: auditRow(entry) });
}

type AuditEntry = Parameters<typeof recordAudit>[1];

/** The row an audit entry is stored as (for writers that insert it with other rows in one statement). */
export function auditRow(entry: AuditEntry) {
  return {
    actorUserId: entry.actor.id,
    actorEmail: entry.actor.email,
    actorRole: entry.actor.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    directionId: entry.directionId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
