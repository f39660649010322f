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
