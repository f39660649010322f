// The one place that turns audit entries into plain Danish sentences saying who did what, for
// the admin log, a direction's history in the admin area and the director's own history.
// Entries store raw snapshots (src/server/**: recordAudit); nothing here shows a key or JSON.
import { FIELD_LABELS, PARTNER_ASSOCIATIONS, type FieldCode } from "@/domain/fields";
import { formatDateLong, formatDateTimeLong, formatDateTimeShort, formatKroner, genitive, plural } from "@/lib/format";

export type AuditEntryView = {
  action: string;
  actorRole: string | null;
  actorEmail: string | null;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

export type AuditAudience = {
  /** Staff see who exactly acted; a director sees "Komponent" and their own entries as "Du". */
  audience: "staff" | "director";
  viewerEmail?: string;
  /** Cohort titles by id and by slug, for entries that name a cohort only by either. */
  cohortTitles?: Readonly<Record<string, string>>;
};

type Json = Record<string, unknown>;
type Sentence = (entry: { actor: string; before: Json; after: Json; entry: AuditEntryView; context: AuditAudience }) => string;

function actorOf(entry: AuditEntryView, context: AuditAudience): string {
  const { actorRole: role, actorEmail: email } = entry;
  if (role === "SYSTEM" || (!role && (!email || email === "system"))) return "Systemet";
  if (role === "PARTICIPANT") return context.audience === "staff" && email ? `Deltageren (${email})` : "Deltageren";
  if (context.audience === "director") {
    if (role === "STAFF") return "Komponent";
    if (email && context.viewerEmail && email.toLowerCase() === context.viewerEmail.toLowerCase()) return "Du";
    return email ?? "En bruger";
  }
  if (role === "STAFF") return email ? `Komponent (${email})` : "Komponent";
  return email ?? "En bruger";
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const count = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const ore = (value: unknown): string | null => (typeof value === "number" && Number.isSafeInteger(value) ? formatKroner(Math.abs(value)) : null);
const date = (value: unknown): Date | null => {
  if (typeof value !== "string" && !(value instanceof Date)) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
};
const list = (items: string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`);
const quoted = (value: string) => `»${value}«`;

function cohortName(value: unknown, context: AuditAudience): string | null {
  const key = text(value);
  if (!key) return null;
  const known = context.cohortTitles?.[key];
  if (known) return known;
  const numbered = /^hold-(\d+)$/.exec(key);
  return numbered ? `Hold ${numbered[1]}` : key;
}

/** The cohort an entry on a Cohort row is about, by its id. */
function entryCohort(entry: AuditEntryView, context: AuditAudience, fallback = "holdet"): string {
  return context.cohortTitles?.[entry.entityId] ?? fallback;
}

// Danish names of the fields that update entries compare, as the forms label them.
const FIELD_NAMES: Record<string, string> = {
  // Participant (audit snapshots say whether health data was given, never what it is).
  name: "navn",
  jobTitle: "stilling",
  field: "fagområde",
  email: "e-mail",
  phone: "telefon",
  overnightStay: "overnatning",
  dietaryNeedsGiven: "kostbehov",
  dietaryConsent: "samtykke til kostbehov",
  accessibilityNeedsGiven: "behov for tilgængelighed",
  networkConsent: "netværkslisten",
  // Invoice details.
  ean: "EAN-nummer",
  cvr: "CVR-nummer",
  orderNumber: "ordrenummer",
  personReference: "personreference",
  accountingString: "konteringsstreng",
  billingName: "fakturamodtager",
  billingStreet: "adresse",
  billingPostalCode: "postnummer",
  billingCity: "by",
  // Cohort.
  number: "holdnummer",
  title: "titel",
  slug: "adresse",
  status: "status",
  datesAnnounced: "offentliggjorte datoer",
  seminarStart: "seminarets start",
  seminarEnd: "seminarets slutning",
  seminarVenueName: "seminarsted",
  seminarVenueAddress: "seminarstedets adresse",
  seminarVenuePostalCode: "seminarstedets postnummer",
  seminarVenueCity: "seminarstedets by",
  followUpStart: "opfølgningsdagens start",
  followUpEnd: "opfølgningsdagens slutning",
  followUpVenueName: "opfølgningsdagens sted",
  followUpVenueAddress: "opfølgningsdagens adresse",
  followUpVenuePostalCode: "opfølgningsdagens postnummer",
  followUpVenueCity: "opfølgningsdagens by",
  minDirections: "minimum direktioner",
  maxDirections: "maksimum direktioner",
  maxParticipants: "deltagerloft",
  registrationDeadline: "tilmeldingsfrist",
  description: "beskrivelse",
  themes: "temaer",
  // Programme settings.
  sellerName: "sælgers navn",
  sellerStreet: "sælgers adresse",
  sellerPostalCode: "sælgers postnummer",
  sellerCity: "sælgers by",
  sellerCvr: "sælgers CVR-nummer",
  sellerEmail: "sælgers e-mail",
  sellerPhone: "sælgers telefon",
  sellerBankReg: "reg.nr.",
  sellerBankAccount: "kontonummer",
  sellerIban: "IBAN",
  sellerBic: "BIC",
  paymentTermsDays: "betalingsfrist",
  freeCancellationDays: "dage med gratis afmelding",
  cancellationTerms: "afmeldingsbetingelser",
  privacyRetentionDays: "dage før sletning af kostbehov",
  reminderDaysBefore: "påmindelse, dage før",
};

const STATUS_WORDS: Record<string, string> = {
  DRAFT: "kladde",
  OPEN: "åben",
  CLOSED: "lukket",
  CANCELLED: "annulleret",
  COMPLETED: "gennemført",
  CONFIRMED: "bekræftet",
  WAITLISTED: "venteliste",
  PENDING_APPROVAL: "afventer godkendelse",
};

/** A short value for "før → efter"; long texts and lists only say that they changed. */
function shortValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === "") return "tom";
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTimeShort(new Date(value));
    if (key === "field" && value in FIELD_LABELS) return FIELD_LABELS[value as FieldCode];
    if (value in STATUS_WORDS) return STATUS_WORDS[value]!;
    return value.length <= 60 ? value : null;
  }
  return null;
}

function changedKeys(before: Json, after: Json): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null));
}

/** "deltagerloft 36 → 40 og beskrivelse" — the changed fields, with values where they are short. */
function changes(before: Json, after: Json, { values = true, skip = [] as string[] } = {}): string {
  const keys = changedKeys(before, after).filter((k) => !skip.includes(k));
  return list(
    keys.map((key) => {
      const name = FIELD_NAMES[key] ?? "et felt";
      if (!values) return name;
      const from = shortValue(key, before[key]);
      const to = shortValue(key, after[key]);
      return from !== null && to !== null ? `${name} ${from} → ${to}` : name;
    }),
  );
}

/** "Komponent ændrede X: felt før → efter", or, for a save that changed nothing, "Komponent gemte X uden ændringer". */
const edited = (actor: string, what: string, detail: string) => (detail ? `${actor} ændrede ${what}: ${detail}` : `${actor} gemte ${what} uden ændringer`);
const withChanges = (sentence: string, detail: string) => (detail ? `${sentence}: ${detail}` : sentence);

const FORMAT_NAMES: Record<string, string> = { PEPPOL_BIS3: "Peppol BIS 3", OIOUBL_21: "OIOUBL 2.1" };
const formatName = (value: unknown) => FORMAT_NAMES[String(value)] ?? "et andet format";

const CHANNEL_WORDS: Record<string, string> = { email: "på e-mail", "e-invoice-file": "som e-faktura", "e-invoice-access-point": "som e-faktura" };
const channels = (value: unknown) => (Array.isArray(value) ? list([...new Set(value.map((c) => CHANNEL_WORDS[String(c)] ?? "ad en anden vej"))]) : "");

const ROLE_NAMES: Record<string, string> = { STAFF: "medarbejder hos Komponent", PARTNER: "partner", DIRECTOR: "direktion" };
const partnerName = (code: unknown) => PARTNER_ASSOCIATIONS.find((p) => p.code === code)?.name ?? null;

/** An invoice sentence says who only when staff issued it by hand; otherwise it followed from a registration change. */
function invoiceActor(actor: string, entry: AuditEntryView, active: string, passive: string): string {
  return entry.actorRole === "STAFF" ? `${actor} ${active}` : passive;
}

function amounts(after: Json): string {
  const net = ore(after.netOre);
  const gross = ore(after.grossOre);
  if (net && gross) return ` på ${net} ekskl. moms (${gross} inkl. moms)`;
  if (gross) return ` på ${gross} inkl. moms`;
  return "";
}

const seats = (value: unknown) => (count(value) !== null ? ` for ${plural(count(value)!, "deltager", "deltagere")}` : "");
const reasonOf = (value: unknown) => (text(value) ? ` Begrundelse: ${quoted(text(value)!)}.` : "");
const stop = (sentence: string) => (/[.!?»]$/.test(sentence) ? sentence : `${sentence}.`);

const SENTENCES: Record<string, Sentence> = {
  // A direction's registration and changes.
  "direction.register": ({ actor, after, context }) => {
    const cohort = cohortName(after.cohort, context) ?? "holdet";
    const people = Array.isArray(after.participants) ? ` med ${plural(after.participants.length, "deltager", "deltagere")}` : "";
    if (after.status === "WAITLISTED") {
      const place = count(after.waitlistPosition);
      return `${actor} skrev direktionen på ventelisten til ${cohort}${place ? ` (plads nr. ${place})` : ""}${people}`;
    }
    if (after.status === "PENDING_APPROVAL") {
      return `${actor} tilmeldte direktionen til ${cohort}${people}. Adressen er ikke på kommunens domæne, så tilmeldingen afventer Komponents godkendelse`;
    }
    return `${actor} tilmeldte direktionen til ${cohort}${people}`;
  },
  "direction.move": ({ actor, before, after, context }) => {
    const from = cohortName(before.cohort, context) ?? cohortName(before.cohortId, context) ?? "et andet hold";
    const to = cohortName(after.cohort, context) ?? cohortName(after.cohortId, context) ?? "et andet hold";
    const place = count(after.waitlistPosition);
    const credited = Array.isArray(after.creditNotes) && after.creditNotes.length > 0 ? after.creditNotes.map(String) : [];
    const invoice = text(after.invoice);
    const money =
      credited.length === 0 ? "" : invoice ? `; fakturaen blev krediteret (${list(credited)}) og udstedt på ny (${invoice})` : `; fakturaen blev krediteret (${list(credited)}), og den nye faktura følger, når det nye hold faktureres`;
    return `${actor} flyttede direktionen fra ${from} til ${to}${place ? ` (venteliste, plads nr. ${place})` : ""}${money}`;
  },
  "direction.cancel": ({ actor, after }) => {
    if (after.reason === "cohort cancelled") return `${actor} annullerede tilmeldingen, fordi holdet blev aflyst`;
    const credited = Array.isArray(after.creditNoteIds) && after.creditNoteIds.length > 0;
    const money = after.charged === true ? ", efter fristen for gratis afmelding, så den fulde pris betales" : credited ? ", og fakturaen blev krediteret" : "";
    return `${actor} annullerede tilmeldingen${money}.${reasonOf(after.reason)}`;
  },
  "direction.approve": ({ actor, after }) => {
    const domain = text(after.domainAdded);
    return `${actor} godkendte tilmeldingen, som dermed er bekræftet${domain ? `, og tilføjede ${domain} til kommunens domæner` : ""}`;
  },
  "direction.refuse": ({ actor, after }) => `${actor} afviste tilmeldingen, som blev annulleret, og pladserne blev frigivet.${reasonOf(after.reason)}`,
  "direction.invoice-details.update": ({ actor, before, after }) => {
    const sentence = edited(actor, "fakturaoplysningerne", changes(before, after, { skip: ["creditNotes", "invoice"] }));
    const credited = Array.isArray(after.creditNotes) && after.creditNotes.length > 0 ? after.creditNotes.map(String) : [];
    const invoice = text(after.invoice);
    if (credited.length === 0) return sentence;
    return `${sentence}; fakturaen blev krediteret (${list(credited)})${invoice ? ` og udstedt på ny med de rettede oplysninger (${invoice})` : ""}`;
  },

  // Participants.
  "participant.add": ({ actor, after }) => `${actor} tilføjede deltageren ${text(after.name) ?? ""}`.trimEnd(),
  "participant.remove": ({ actor, before, after }) => {
    const money = after.charged === true ? " efter fristen for gratis afmelding, så pladsen betales" : text(after.creditNoteId) ? ", og pladsen blev krediteret" : "";
    return `${actor} afmeldte deltageren ${text(before.name) ?? ""}${money}.${reasonOf(after.reason)}`;
  },
  "participant.substitute": ({ actor, before, after }) => `${actor} erstattede ${text(before.name) ?? "en deltager"} med ${text(after.name) ?? "en kollega"}`,
  "participant.update": ({ actor, before, after }) => {
    const who = text(after.name) ?? text(before.name) ?? "en deltager";
    const detail = changes(before, after, { skip: ["status"] });
    return detail ? `${actor} rettede oplysningerne for ${who}: ${detail}` : `${actor} gemte oplysningerne for ${who} uden ændringer`;
  },
  "participant.network_consent.withdraw": ({ actor }) => `${actor} trak samtykket til netværkslisten tilbage`,

  // The waiting list.
  "waitlist.offer.create": ({ after }) => {
    const until = date(after.expiresAt);
    return `Der blev plads på holdet, og direktionen fik et tilbud om pladsen${until ? `, som gjaldt til ${formatDateTimeLong(until)}` : ""}`;
  },
  "waitlist.offer.accept": ({ actor, after }) =>
    after.status === "PENDING_APPROVAL"
      ? `${actor} takkede ja til tilbuddet; pladsen er holdt, og tilmeldingen afventer Komponents godkendelse`
      : `${actor} takkede ja til tilbuddet, og direktionen fik en plads på holdet`,
  "waitlist.offer.respond": ({ actor, after }) => (after.status === "ACCEPTED" ? `${actor} svarede ja til tilbuddet om en plads` : `${actor} svarede på tilbuddet om en plads`),
  "waitlist.offer.decline": ({ actor }) => `${actor} takkede nej til tilbuddet om en plads, og direktionen blev taget af ventelisten`,
  "waitlist.offer.expire": () => "Tilbuddet om en plads udløb uden svar",
  "waitlist.promote": ({ actor, after }) =>
    after.status === "PENDING_APPROVAL"
      ? `${actor} flyttede direktionen fra ventelisten; pladsen er holdt, og tilmeldingen afventer Komponents godkendelse`
      : `${actor} flyttede direktionen fra ventelisten ind på holdet`,
  "waitlist.reorder": ({ actor, before, after }) => {
    const from = count(before.waitlistPosition);
    const to = count(after.waitlistPosition);
    return from && to ? `${actor} flyttede direktionen fra plads nr. ${from} til plads nr. ${to} på ventelisten` : `${actor} ændrede direktionens plads på ventelisten`;
  },

  // Invoices.
  "invoice.issue": ({ actor, after, entry }) => {
    const what = `faktura ${text(after.displayNumber) ?? ""}`.trimEnd() + amounts(after) + seats(after.quantity);
    return invoiceActor(actor, entry, `udstedte ${what}`, `Der blev udstedt ${what}`);
  },
  "invoice.issue-supplementary": ({ actor, after, entry }) => {
    const what = `tillægsfaktura ${text(after.displayNumber) ?? ""}`.trimEnd() + amounts(after) + seats(after.quantity);
    return invoiceActor(actor, entry, `udstedte ${what}`, `Der blev udstedt ${what}`);
  },
  "invoice.credit": ({ actor, before, after, entry }) => {
    const what = `kreditnota ${text(after.creditNote) ?? ""}`.trimEnd() + (text(before.invoice) ? ` til faktura ${text(before.invoice)}` : "") + amounts(after) + seats(after.quantity);
    const goodwill = after.keepsSeat === true ? " som goodwill, så pladsen ikke faktureres igen" : "";
    return `${invoiceActor(actor, entry, `udstedte ${what}`, `Der blev udstedt ${what}`)}${goodwill}.${reasonOf(after.reason)}`;
  },
  "invoice.reissue": ({ actor, after, entry }) => {
    const replaces = Array.isArray(after.replaces) && after.replaces.length > 0 ? ` i stedet for ${list(after.replaces.map(String))}` : "";
    const what = `ny faktura ${text(after.displayNumber) ?? ""}`.trimEnd() + replaces + amounts(after) + seats(after.quantity);
    return invoiceActor(actor, entry, `udstedte ${what}`, `Der blev udstedt ${what}`);
  },
  "invoice.response": ({ after }) => {
    const invoice = text(after.invoice) ? `faktura ${text(after.invoice)}` : "fakturaen";
    const what: Record<string, string> = {
      RECEIVED: `Kommunen bekræftede at have modtaget ${invoice}`,
      ACCEPTED: `Kommunen godkendte ${invoice}`,
      REJECTED: `Kommunen afviste ${invoice}`,
      UNDER_QUERY: `Kommunen har spørgsmål til ${invoice}`,
      PAID: `Kommunen meddelte, at ${invoice} er betalt`,
    };
    return `${what[String(after.status)] ?? `Kommunen svarede på ${invoice}`}.${reasonOf(after.reason)}`;
  },
  "invoice.transmit": ({ after }) => `Fakturaen blev sendt${channels(after.channels) ? ` ${channels(after.channels)}` : ""}`,
  "invoice.transmission-failed": ({ after }) => `${text(after.displayNumber) ?? "Fakturaen"} kunne ikke sendes efter ${count(after.attempts) ?? "flere"} forsøg${text(after.reason) ? `: ${text(after.reason)}` : ""}`,
  "invoice.transmission-retry": ({ actor, after }) => `${actor} bad om at sende ${text(after.displayNumber) ?? "fakturaen"} igen, efter at afsendelsen var fejlet`,
  "receiver-format.update": ({ actor, before, after }) => `${actor} ændrede e-fakturaformatet for ${text(after.municipality) ?? "kommunen"}${text(before.format) ? ` fra ${formatName(before.format)}` : ""} til ${formatName(after.format)}`,
  "receiver-format.ean-set": ({ actor, after }) => `${actor} satte e-fakturaformatet for EAN ${text(after.ean) ?? ""} til ${formatName(after.format)}`,
  "receiver-format.ean-remove": ({ actor, before }) => `${actor} fjernede det særlige e-fakturaformat for EAN ${text(before.ean) ?? ""}, så kommunens format gælder`,
  "invoice.resent": ({ actor, after }) => `${actor} sendte fakturaen igen${channels(after.channels) ? ` ${channels(after.channels)}` : ""}`,
  "invoice.mark-paid": ({ actor, after }) => {
    const paid = date(after.paidAt);
    return `${actor} registrerede, at fakturaen er betalt${paid ? ` (${formatDateLong(paid)})` : ""}`;
  },

  // Mail.
  "email.retry": ({ actor, after }) => `${actor} sendte en fejlet e-mail${text(after.to) ? ` til ${text(after.to)}` : ""} igen`,

  // Cohorts.
  "cohort.create": ({ actor, after }) => `${actor} oprettede ${text(after.title) ?? "et hold"} som kladde`,
  "cohort.update": ({ actor, before, after, entry, context }) => edited(actor, text(after.title) ?? entryCohort(entry, context), changes(before, after)),
  "cohort.announce": ({ actor, before, after, entry, context }) =>
    withChanges(`${actor} offentliggjorde datoerne for ${text(after.title) ?? entryCohort(entry, context)}`, changes(before, after, { skip: ["datesAnnounced"] })),
  "cohort.open": ({ actor, entry, context }) => `${actor} åbnede ${entryCohort(entry, context)} for tilmelding`,
  "cohort.close": ({ actor, entry, context }) => `${actor} lukkede ${entryCohort(entry, context)} for nye tilmeldinger`,
  "cohort.complete": ({ actor, entry, context }) => `${actor} markerede ${entryCohort(entry, context)} som gennemført`,
  "cohort.cancel": ({ actor, after, entry, context }) => {
    const facts = [
      count(after.directionsCancelled) !== null ? plural(count(after.directionsCancelled)!, "tilmelding annulleret", "tilmeldinger annulleret") : null,
      count(after.creditNotes) !== null ? plural(count(after.creditNotes)!, "kreditnota", "kreditnotaer") : null,
      count(after.emailsQueued) !== null ? plural(count(after.emailsQueued)!, "modtager fik besked", "modtagere fik besked") : null,
    ].filter((f): f is string => f !== null);
    return `${actor} aflyste ${entryCohort(entry, context)}${facts.length ? ` (${list(facts)})` : ""}.${reasonOf(after.reason)}`;
  },
  "cohort.running": ({ entry, context }) => `${entryCohort(entry, context, "Holdet")} fik nok direktioner og gennemføres`,
  "cohort.below-minimum": ({ after, entry, context }) => {
    const confirmed = count(after.confirmedDirections);
    const minimum = count(after.minDirections);
    const numbers = confirmed !== null && minimum !== null ? ` (${confirmed} af mindst ${minimum} direktioner)` : "";
    return `${entryCohort(entry, context, "Holdet")} kom under minimum af direktioner${numbers} og er ikke længere sikret gennemførelse`;
  },
  "cohort.message": ({ actor, after, entry, context }) => {
    const recipients = count(after.recipients);
    return `${actor} sendte beskeden ${quoted(text(after.subject) ?? "uden emne")} til ${recipients !== null ? plural(recipients, "modtager", "modtagere") : "modtagerne"} på ${entryCohort(entry, context)}`;
  },
  "cohort.reminder.seminar": ({ after, entry, context }) =>
    `Påmindelsen om seminaret blev sendt til ${count(after.recipients) !== null ? plural(count(after.recipients)!, "deltager", "deltagere") : "deltagerne"} på ${entryCohort(entry, context)}`,
  "cohort.reminder.follow-up": ({ after, entry, context }) =>
    `Påmindelsen om opfølgningsdagen blev sendt til ${count(after.recipients) !== null ? plural(count(after.recipients)!, "deltager", "deltagere") : "deltagerne"} på ${entryCohort(entry, context)}`,

  // The programme.
  "programme.settings": ({ actor, before, after }) => edited(actor, "forløbets indstillinger", changes(before, after)),
  "programme.reminders": ({ actor, before, after }) => edited(actor, "påmindelserne", changes(before, after)),

  // Users.
  "user.invite": ({ actor, after }) => {
    const partner = partnerName(after.partnerCode);
    return `${actor} gav ${text(after.email) ?? "en ny bruger"} adgang som ${ROLE_NAMES[String(after.role)] ?? "bruger"}${partner ? ` for ${partner}` : ""}`;
  },
  "user.reinvite": ({ actor, after }) => {
    const partner = partnerName(after.partnerCode);
    return `${actor} gav ${text(after.email) ?? "en tidligere bruger"} adgang igen som ${ROLE_NAMES[String(after.role)] ?? "bruger"}${partner ? ` for ${partner}` : ""}`;
  },
  "user.disable": ({ actor, before, after }) => {
    const ended = count(after.sessionsEnded);
    return `${actor} fjernede adgangen for ${text(before.email) ?? "en bruger"}${ended ? ` (${plural(ended, "session afsluttet", "sessioner afsluttet")})` : ""}`;
  },
  "user.partner": ({ actor, after }) => {
    const partner = partnerName(after.partnerCode);
    return partner ? `${actor} knyttede brugeren til ${partner}` : `${actor} fjernede brugerens tilknytning til en forening`;
  },
  "user.passkey.register": ({ actor }) => `${actor} oprettede en adgangsnøgle og fik nye gendannelseskoder`,
  "user.recovery_code.use": ({ actor, after }) => {
    const left = count(after.remaining);
    return `${actor} loggede ind med en gendannelseskode${left === null ? "" : ` (${plural(left, "kode", "koder")} tilbage)`}`;
  },
  "user.passkeys.reset": ({ actor, before, after }) => {
    const ended = count(after.sessionsEnded);
    return `${actor} nulstillede adgangsnøglerne for ${text(before.email) ?? "en medarbejder"}, som opretter en ny ved næste login${ended ? ` (${plural(ended, "session afsluttet", "sessioner afsluttet")})` : ""}`;
  },

  // Municipalities' e-mail domains (municipal identity).
  "municipality.domain.add": ({ actor, after }) => `${actor} tilføjede e-maildomænet ${text(after.domain) ?? "et domæne"} til ${text(after.municipality) ? genitive(text(after.municipality)!) : "kommunens"} domæner`,
  "municipality.domain.remove": ({ actor, before }) => `${actor} fjernede e-maildomænet ${text(before.domain) ?? "et domæne"} fra ${text(before.municipality) ? genitive(text(before.municipality)!) : "kommunens"} domæner`,

  // Personal data.
  "privacy.person-exported": ({ actor, entry, context }) => `${actor} eksporterede persondata${context.audience === "staff" ? ` om ${entry.entityId}` : ""}`,
  "privacy.person-erased": ({ actor }) => `${actor} slettede en persons oplysninger efter anmodning`,
  "privacy.health-data-erased": ({ after, entry, context }) => {
    const people = count(after.participants);
    const days = count(after.retentionDays);
    return `Kostbehov og behov for tilgængelighed blev slettet for ${people !== null ? plural(people, "deltager", "deltagere") : "deltagerne"} på ${entryCohort(entry, context)}${days !== null ? `, ${days} dage efter opfølgningsdagen` : ""}`;
  },
};

const ENTITY_WORDS: Record<string, string> = {
  Direction: "tilmeldingen",
  Participant: "en deltager",
  Invoice: "en faktura",
  Cohort: "et hold",
  Programme: "forløbets indstillinger",
  User: "en bruger",
  EmailOutbox: "en e-mail",
  WaitlistOffer: "et tilbud om plads",
  Person: "en persons oplysninger",
  Municipality: "en kommune",
};

/** Whether an action has a sentence of its own (otherwise the generic one describes it). */
export function hasAuditSentence(action: string): boolean {
  return action in SENTENCES;
}

const asJson = (value: unknown): Json => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {});

/** The entry as one Danish sentence: who did what, amounts in kroner, dates in Copenhagen time. */
export function auditSentence(entry: AuditEntryView, context: AuditAudience): string {
  const actor = actorOf(entry, context);
  const sentence = SENTENCES[entry.action];
  if (sentence) return stop(sentence({ actor, before: asJson(entry.before), after: asJson(entry.after), entry, context }));
  // An action added since this module was last taught: still a sentence, never a raw key.
  return `${actor} ændrede ${ENTITY_WORDS[entry.entityType] ?? "en post"}.`;
}

/** The log's filter: kinds of entries by the start of their action key, in Danish. */
export const AUDIT_ACTION_GROUPS = [
  { prefix: "direction.", label: "Tilmeldinger" },
  { prefix: "participant.", label: "Deltagere" },
  { prefix: "waitlist.", label: "Venteliste" },
  { prefix: "invoice.", label: "Fakturaer" },
  { prefix: "receiver-format.", label: "E-fakturaformater" },
  { prefix: "cohort.", label: "Hold" },
  { prefix: "email.", label: "E-mails" },
  { prefix: "programme.", label: "Indstillinger" },
  { prefix: "user.", label: "Brugere" },
  { prefix: "privacy.", label: "Persondata" },
  { prefix: "municipality.", label: "Kommuner" },
] as const;

/** What an entry is about, in Danish, for the log's "Vedrører" column and filter. */
export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  Direction: "Tilmelding",
  Participant: "Deltager",
  Invoice: "Faktura",
  Municipality: "Kommune",
  ReceiverFormat: "EAN-nummer",
  Cohort: "Hold",
  Programme: "Forløbet",
  User: "Bruger",
  EmailOutbox: "E-mail",
  WaitlistOffer: "Tilbud om plads",
  Person: "Persondata",
};
