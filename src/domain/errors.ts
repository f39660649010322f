// Expected failures carry a code; the UI maps each code to a Danish message.
// Anything that is not a DomainError is unexpected: logged, and shown generically.
export const ERROR_MESSAGES = {
  NOT_AUTHENTICATED: "Du skal være logget ind.",
  FORBIDDEN: "Du har ikke adgang til dette.",
  NOT_FOUND: "Siden eller posten findes ikke.",
  VALIDATION: "Tjek de markerede felter.",
  COHORT_NOT_OPEN: "Holdet er ikke åbent for tilmelding.",
  DEADLINE_PASSED: "Tilmeldingsfristen for holdet er overskredet.",
  COHORT_FULL_DIRECTIONS: "Holdet har allerede det maksimale antal direktioner.",
  COHORT_FULL_PARTICIPANTS: "Der er ikke plads til så mange deltagere på holdet.",
  MUNICIPALITY_ALREADY_REGISTERED: "Kommunen har allerede en aktiv tilmelding til forløbet.",
  DIRECTION_CANCELLED: "Tilmeldingen er annulleret.",
  CHANGE_WINDOW_CLOSED: "Ændringen kan ikke længere foretages.",
  ALREADY_INVOICED: "Tilmeldingen er allerede faktureret; kontakt Komponent for ændringer.",
  INVOICE_IMMUTABLE: "En udstedt faktura kan ikke ændres; udsted en kreditnota.",
  CAP_BELOW_BOOKINGS: "Loftet kan ikke sættes lavere end det, der allerede er booket.",
  RATE_LIMITED: "For mange forsøg. Vent lidt, og prøv igen.",
  OFFER_EXPIRED: "Tilbuddet er udløbet.",
  INVALID_STATE: "Handlingen kan ikke udføres i den nuværende tilstand.",
  // Admin (staff) area.
  SLUG_TAKEN: "Adressen er allerede brugt af et andet hold.",
  COHORT_NUMBER_TAKEN: "Holdnummeret er allerede brugt af et andet hold.",
  DATES_NOT_ANNOUNCED: "Holdets datoer skal være offentliggjort, før der åbnes for tilmelding.",
  SAME_COHORT: "Tilmeldingen er allerede på det hold.",
  USER_EXISTS: "Der findes allerede en aktiv bruger med den e-mailadresse.",
  CANNOT_DISABLE_SELF: "Du kan ikke fjerne din egen adgang.",
  NO_RECIPIENTS: "Holdet har ingen modtagere af den slags endnu.",
  LAST_PARTICIPANT: "Tilmeldingen skal have mindst én deltager. Vil I ikke deltage, så annullér tilmeldingen i stedet.",
  PARTICIPANT_NOT_ACTIVE: "Deltageren er allerede afmeldt eller erstattet.",
  OFFER_NOT_OPEN: "Tilbuddet er allerede besvaret eller trukket tilbage.",
  OFFER_NO_LONGER_FITS: "Der er desværre ikke længere plads nok på holdet til jeres direktion. I står stadig på ventelisten.",
  // Invoicing.
  INVALID_BUYER_IDENTIFIERS: "Fakturaen kan ikke udstedes: EAN-nummeret eller CVR-nummeret er ugyldigt. Ret faktureringsoplysningerne først.",
  CREDIT_EXCEEDS_INVOICE: "Der kan ikke krediteres flere deltagere, end fakturaen har tilbage.",
  INVOICE_ALREADY_CREDITED: "Fakturaen er allerede krediteret.",
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }

  get danishMessage(): string {
    return ERROR_MESSAGES[this.code];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
