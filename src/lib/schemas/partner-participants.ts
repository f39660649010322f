import { z } from "zod";

export const PARTNER_PARTICIPANT_SORTS = ["navn", "kommune", "hold", "fagomraade"] as const;
export type PartnerParticipantSort = (typeof PARTNER_PARTICIPANT_SORTS)[number];

/**
 * GET parameters of /partner/deltagere and its CSV export. Links can be edited by hand,
 * so anything unreadable falls back to the default instead of failing the page.
 */
export const partnerParticipantsQuery = z.object({
  hold: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  sorter: z.enum(PARTNER_PARTICIPANT_SORTS).default("navn").catch("navn"),
  side: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type PartnerParticipantsQuery = z.infer<typeof partnerParticipantsQuery>;

/** First value of each search parameter (Next gives string | string[] | undefined). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
