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
  // Municipal identity (src/domain/municipal-identity.ts).
  MUNICIPALITY_PENDING_APPROVAL:
    "Kommunen har allerede en tilmelding, som afventer Komponents godkendelse. Er det ikke jeres, så kontakt Komponent, så afklarer vi det hurtigst muligt.",
  PENDING_APPROVAL: "Tilmeldingen afventer Komponents godkendelse. Antallet af deltagere kan ændres, når den er godkendt.",
  NOT_PENDING_APPROVAL: "Tilmeldingen afventer ikke godkendelse (den er allerede godkendt, afvist eller annulleret).",
  INVALID_DOMAIN: "Skriv et domæne som aarhus.dk (uden @ og uden www).",
  DOMAIN_TAKEN: "Domænet hører allerede til en anden kommune.",
  DIRECTION_CANCELLED: "Tilmeldingen er annulleret.",
  CHANGE_WINDOW_CLOSED: "Ændringen kan ikke længere foretages.",
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
  // Cohort places (src/domain/capacity.ts).
  SEMINAR_STARTED: "Holdets seminar er gået i gang, så der kan ikke længere tilmeldes.",
  PARTICIPANT_LIMIT: "En direktion kan ikke have flere deltagere med på holdet, end programmet tillader pr. direktion.",
  MINIMUM_RESERVE:
    "Holdet skal kunne nå op på sit minimum af direktioner med mindst 3 deltagere i hver, så de sidste pladser er holdt til de direktioner, der mangler.",
  MINIMUM_UNREACHABLE: "Med den ændring kan holdet ikke længere nå op på sit minimum af direktioner med mindst 3 deltagere i hver.",
  MAX_DIRECTIONS_RANGE: "Maksimum af direktioner skal være mellem 5 og 10 og mindst lige så stort som minimum.",
  OFFER_PENDING: "I har et åbent tilbud om plads på holdet til det antal deltagere, I havde, da det blev givet. Tag imod tilbuddet først; derefter kan I tilføje deltagere, hvis der er plads.",
  OFFER_TOO_MANY_PARTICIPANTS: "Tilbuddet gælder ikke så mange deltagere, som tilmeldingen har nu. Afmeld deltagere, så antallet passer, og tag så imod; bagefter kan I tilføje flere, hvis der er plads.",
  // Staff passkeys (second factor).
  PASSKEY_FAILED: "Adgangsnøglen kunne ikke bekræftes. Prøv igen, eller brug en af dine gendannelseskoder.",
  PASSKEY_EXISTS: "Du har allerede en adgangsnøgle. Log ind med den, eller brug en gendannelseskode.",
  RECOVERY_CODE_INVALID: "Gendannelseskoden er forkert eller allerede brugt.",
  CANNOT_RESET_OWN_PASSKEYS: "Du kan ikke nulstille dine egne adgangsnøgler. Bed en kollega om at gøre det.",
  // Invoicing.
  INVALID_BUYER_IDENTIFIERS: "Fakturaen kan ikke udstedes: EAN-nummeret eller CVR-nummeret er ugyldigt. Ret faktureringsoplysningerne først.",
  CREDIT_EXCEEDS_INVOICE: "Der kan ikke krediteres flere deltagere, end fakturaen har tilbage.",
  INVOICE_ALREADY_CREDITED: "Fakturaen er allerede krediteret.",
  INVOICE_PAID: "Fakturaen er betalt, så faktureringsoplysningerne kan ikke længere rettes her. Kontakt Komponent, hvis de skal rettes.",
  RESPONSE_INVALID: "Svaret overholder ikke de officielle regler for e-fakturasvar.",
  RESPONSE_UNMATCHED: "Svaret henviser ikke til en faktura, vi har udstedt.",
  RESPONSE_VALIDATION_UNAVAILABLE: "Svaret kan ikke valideres, fordi valideringen ikke er sat op (EINVOICE_RULES_DIR og Java).",
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

type Numbers = Record<string, unknown>;
const count = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null);
const participants = (n: number) => `${n} ${n === 1 ? "deltager" : "deltagere"}`;

/**
 * A sentence with the numbers behind a refusal, added to the message when the error carries
 * them. The message alone stands on its own (staff pages show it from its code only).
 */
const ERROR_DETAILS: Partial<Record<ErrorCode, (details: Numbers) => string | null>> = {
  COHORT_FULL_PARTICIPANTS: ({ heldSeats }) =>
    count(heldSeats) === null || count(heldSeats) === 0
      ? null
      : `${count(heldSeats) === 1 ? "Én plads er" : `${count(heldSeats)} pladser er`} holdt til en direktion, der har fået tilbud om plads eller afventer godkendelse; de frigives, hvis det ikke bliver til noget.`,
  COHORT_FULL_DIRECTIONS: ({ heldDirections }) =>
    count(heldDirections) === null || count(heldDirections) === 0
      ? null
      : "Den sidste plads til en direktion er holdt til en direktion, der har fået tilbud om plads eller afventer godkendelse; den frigives, hvis det ikke bliver til noget.",
  PARTICIPANT_LIMIT: ({ max }) => (count(max) === null ? null : `Grænsen er ${participants(count(max)!)} pr. direktion.`),
  MINIMUM_RESERVE: ({ allowed, minDirections }) => {
    const n = count(allowed);
    if (n === null) return null;
    const minimum = count(minDirections) === null ? "" : `Holdets minimum er ${count(minDirections)} direktioner, og `;
    const room = n === 0 ? "der er lige nu ikke plads til flere deltagere fra jer." : `der er lige nu plads til højst ${participants(n)} fra jeres direktion. Tilmeld færre, eller vælg et andet hold.`;
    return minimum ? `${minimum}${room}` : room[0]!.toUpperCase() + room.slice(1);
  },
  MINIMUM_UNREACHABLE: ({ minDirections }) => (count(minDirections) === null ? null : `Minimum er ${count(minDirections)} direktioner.`),
  OFFER_PENDING: ({ offered }) => (count(offered) === null ? null : `Tilbuddet gælder ${participants(count(offered)!)}.`),
  OFFER_TOO_MANY_PARTICIPANTS: ({ offered, participants: now }) =>
    count(offered) === null || count(now) === null ? null : `Tilbuddet gælder ${participants(count(offered)!)}, og tilmeldingen har nu ${participants(count(now)!)}.`,
};

/** The Danish message for a code, with the detail sentence its numbers allow. */
export function errorMessage(code: ErrorCode, details: Numbers = {}): string {
  const detail = ERROR_DETAILS[code]?.(details) ?? null;
  return detail ? `${ERROR_MESSAGES[code]} ${detail}` : ERROR_MESSAGES[code];
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }

  get danishMessage(): string {
    return errorMessage(this.code, this.details);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
