// Professional fields (fagområder) and the partner associations that follow them.

export const FIELDS = ["MUNICIPAL_DIRECTOR", "CHILDREN_CULTURE", "SOCIAL_HEALTH", "TECHNICAL_ENVIRONMENT", "FINANCE_HR_OTHER"] as const;
export type FieldCode = (typeof FIELDS)[number];

export const FIELD_LABELS: Record<FieldCode, string> = {
  MUNICIPAL_DIRECTOR: "Kommunaldirektør",
  CHILDREN_CULTURE: "Børn og kultur",
  SOCIAL_HEALTH: "Social og sundhed",
  TECHNICAL_ENVIRONMENT: "Teknik og miljø",
  FINANCE_HR_OTHER: "Økonomi, HR og andet",
};

export const PARTNER_ASSOCIATIONS = [
  { code: "KL", name: "KL", fields: [] },
  { code: "KOMMUNALDIREKTOERFORENINGEN", name: "Kommunaldirektørforeningen i Danmark", fields: [] },
  { code: "BOERNE_OG_KULTURCHEFFORENINGEN", name: "Børne- og Kulturchefforeningen", fields: ["CHILDREN_CULTURE"] },
  { code: "FORENINGEN_AF_SOCIALCHEFER", name: "Foreningen af Socialchefer", fields: ["SOCIAL_HEALTH"] },
  { code: "KOMMUNALTEKNISK_CHEFFORENING", name: "Kommunalteknisk Chefforening", fields: ["TECHNICAL_ENVIRONMENT"] },
] as const satisfies readonly { code: string; name: string; fields: readonly FieldCode[] }[];

export type PartnerCode = (typeof PARTNER_ASSOCIATIONS)[number]["code"];

/** Fields a partner sees; null means the whole programme. */
export function visibleFieldsFor(partnerFields: readonly FieldCode[]): readonly FieldCode[] | null {
  return partnerFields.length === 0 ? null : partnerFields;
}
