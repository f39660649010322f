import "server-only";
import { db } from "@/server/db";
import { DomainError } from "@/domain/errors";
import { normaliseEmail } from "@/domain/email-address";
import type { FieldCode } from "@/domain/fields";
import type { CurrentUser } from "@/server/auth/session";
import { hasRole } from "@/server/auth/actor";

export type NetworkPeer = {
  id: string;
  name: string;
  jobTitle: string;
  field: FieldCode;
  municipalityName: string;
};

export type NetworkPeers = {
  /** False when the director has no active participant in a confirmed direction yet. */
  eligible: boolean;
  fields: FieldCode[];
  peers: NetworkPeer[];
};

/**
 * Colleagues in the same fields from other municipalities, across cohorts, who consented to
 * the professional network. Only the director of a confirmed direction with active
 * participants sees the network; peers are re-read on every request, so a withdrawn consent
 * disappears at once.
 */
export async function listNetworkPeers({ viewer }: { viewer: CurrentUser | null }): Promise<NetworkPeers> {
  if (!viewer) throw new DomainError("NOT_AUTHENTICATED");
  if (!hasRole(viewer, "DIRECTOR")) throw new DomainError("FORBIDDEN");

  // Same rule as canManageDirection: the registering user or the proven contact e-mail.
  const own = await db.direction.findMany({
    where: {
      status: "CONFIRMED",
      cohort: { status: { not: "CANCELLED" } },
      OR: [{ ownerUserId: viewer.id }, { contactEmail: { equals: normaliseEmail(viewer.email), mode: "insensitive" } }],
    },
    select: { municipalityCode: true, participants: { where: { status: "ACTIVE" }, select: { field: true } } },
  });
  const fields = [...new Set(own.flatMap((d) => d.participants.map((p) => p.field)))];
  if (fields.length === 0) return { eligible: false, fields: [], peers: [] };
  const ownMunicipalities = [...new Set(own.map((d) => d.municipalityCode))];

  const peers = await db.participant.findMany({
    where: {
      status: "ACTIVE",
      networkConsent: true,
      field: { in: fields },
      direction: {
        status: "CONFIRMED",
        cohort: { status: { not: "CANCELLED" } },
        municipalityCode: { notIn: ownMunicipalities },
      },
    },
    // Exactly what the consent text names (participant-form.tsx: "Kun navn, stilling og
    // kommune deles"), plus the field that groups the list; never e-mail, phone or needs.
    select: {
      id: true,
      name: true,
      jobTitle: true,
      field: true,
      direction: { select: { municipality: { select: { name: true } } } },
    },
    orderBy: [{ field: "asc" }, { direction: { municipality: { name: "asc" } } }, { name: "asc" }, { id: "asc" }],
  });

  return {
    eligible: true,
    fields,
    peers: peers.map((p) => ({
      id: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      field: p.field,
      municipalityName: p.direction.municipality.name,
    })),
  };
}
