// Danish wording for the audit entries a director sees in their registration's history.
const LABELS: Record<string, string> = {
  "direction.register": "Tilmelding modtaget",
  "direction.create": "Tilmelding modtaget",
  "direction.cancel": "Tilmeldingen er annulleret",
  "direction.invoice-details.update": "Fakturaoplysninger ændret",
  "participant.add": "Deltager tilføjet",
  "participant.remove": "Deltager afmeldt",
  "participant.substitute": "Deltager erstattet",
  "participant.update": "Deltageroplysninger rettet",
  "waitlist.offer.create": "Tilbud om plads sendt",
  "waitlist.offer.accept": "Pladsen fra ventelisten er bekræftet",
  "waitlist.offer.respond": "Tilbud om plads besvaret",
  "waitlist.offer.decline": "Tilbud om plads afslået – fjernet fra ventelisten",
  "waitlist.offer.expire": "Tilbud om plads udløb",
  "waitlist.promote": "Flyttet fra ventelisten til holdet af Komponent",
  "waitlist.reorder": "Placering på ventelisten ændret af Komponent",
  "invoice.issue": "Faktura udstedt",
  "invoice.credit": "Kreditnota udstedt",
  "invoice.transmit": "Faktura sendt",
  "invoice.paid": "Betaling registreret",
};

export function historyLabel(action: string): string {
  return LABELS[action] ?? "Ændring registreret";
}

/** A short description of what changed, from the entry's after-snapshot, without personal health data. */
export function historyDetail(action: string, before: unknown, after: unknown): string | null {
  const a = (after ?? {}) as Record<string, unknown>;
  const b = (before ?? {}) as Record<string, unknown>;
  switch (action) {
    case "participant.add":
      return typeof a.name === "string" ? `${a.name}` : null;
    case "participant.remove":
      return typeof b.name === "string" ? `${b.name}` : null;
    case "participant.substitute":
      return typeof b.name === "string" && typeof a.name === "string" ? `${b.name} erstattet af ${a.name}` : null;
    case "participant.update": {
      const changed = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      const names: Record<string, string> = { name: "navn", jobTitle: "stilling", field: "fagområde", email: "e-mail", phone: "telefon", overnightStay: "overnatning", dietaryNeedsGiven: "kostbehov", dietaryConsent: "samtykke", accessibilityNeedsGiven: "tilgængelighed", networkConsent: "netværksliste" };
      const who = typeof a.name === "string" ? a.name : "";
      return changed.length > 0 ? `${who}: ${changed.map((k) => names[k] ?? k).join(", ")}` : who || null;
    }
    default:
      return null;
  }
}
