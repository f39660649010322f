// Demo data for the embedded default: plausible, clearly marked as demo, and never
// loaded into a database that already has a programme.
import type { Field } from "../src/generated/prisma/client";
import { parseCopenhagenLocal } from "../src/lib/format";

export const PROGRAMME = {
  name: "Kommunestyret 2030",
  edition: "3. udviklingsforløb",
  pricePerParticipantOre: 1_490_000,
  vatRateBasisPoints: 2500,
  currency: "DKK",
  paymentTermsDays: 30,
  freeCancellationDays: 42,
  cancellationTerms:
    "Afmelding er gratis indtil 6 uger før seminarets start. Derefter faktureres den fulde pris, men en deltager kan altid erstattes af en kollega fra samme kommune uden beregning.",
  privacyRetentionDays: 30,
  reminderDaysBefore: 7,
  sellerName: "Komponent – Kommunernes Udviklingscenter (demo)",
  sellerStreet: "Weidekampsgade 10",
  sellerPostalCode: "2300",
  sellerCity: "København S",
  sellerCvr: "29189846",
  sellerEmail: "kommunestyret2030@komponent.dk",
  sellerPhone: "+45 33 70 35 00",
  sellerBankReg: "1551",
  sellerBankAccount: "0012345678",
  sellerIban: "DK5000400440116243",
  sellerBic: "DABADKKK",
};

const THEMES = [
  "Samspillet mellem politikere og embedsmænd",
  "Nye former for borgerinddragelse",
  "Arbejdskraftmangel og klimaudfordringer som vilde problemer",
  "Topledelsens rolle som medskaber af kommunestyret 2030",
];

/** Copenhagen wall-clock time ("2027-03-12T23:59"), with the offset of that date: winter or summer time. */
function copenhagen(local: string): Date {
  const date = parseCopenhagenLocal(local);
  if (!date) throw new Error(`not a Copenhagen date and time: ${local}`);
  return date;
}

export const COHORTS = [
  {
    number: 1,
    slug: "hold-1",
    title: "Hold 1 – Kolding",
    status: "OPEN" as const,
    datesAnnounced: true,
    seminarStart: copenhagen("2027-03-09T12:00"),
    seminarEnd: copenhagen("2027-03-10T12:00"),
    seminarVenueName: "Koldingfjord (demo)",
    seminarVenueAddress: "Fjordvej 154",
    seminarVenuePostalCode: "6000",
    seminarVenueCity: "Kolding",
    followUpStart: copenhagen("2027-05-19T09:30"),
    followUpEnd: copenhagen("2027-05-19T15:30"),
    followUpVenueName: "Komponent (demo)",
    followUpVenueAddress: "Weidekampsgade 10",
    followUpVenuePostalCode: "2300",
    followUpVenueCity: "København S",
    maxParticipants: 36,
    registrationDeadline: copenhagen("2027-01-29T23:59"),
  },
  {
    number: 2,
    slug: "hold-2",
    title: "Hold 2 – Middelfart",
    status: "OPEN" as const,
    datesAnnounced: true,
    seminarStart: copenhagen("2027-04-20T12:00"),
    seminarEnd: copenhagen("2027-04-21T12:00"),
    seminarVenueName: "Hindsgavl Slot (demo)",
    seminarVenueAddress: "Hindsgavl Allé 7",
    seminarVenuePostalCode: "5500",
    seminarVenueCity: "Middelfart",
    followUpStart: copenhagen("2027-06-15T09:30"),
    followUpEnd: copenhagen("2027-06-15T15:30"),
    followUpVenueName: "Dokk1 (demo)",
    followUpVenueAddress: "Hack Kampmanns Plads 2",
    followUpVenuePostalCode: "8000",
    followUpVenueCity: "Aarhus C",
    maxParticipants: 40,
    registrationDeadline: copenhagen("2027-03-12T23:59"),
  },
  {
    number: 3,
    slug: "hold-3",
    title: "Hold 3 – Skanderborg",
    status: "OPEN" as const,
    datesAnnounced: true,
    seminarStart: copenhagen("2027-09-14T12:00"),
    seminarEnd: copenhagen("2027-09-15T12:00"),
    seminarVenueName: "Skanderborg Park (demo)",
    seminarVenueAddress: "Dyrehaven 1",
    seminarVenuePostalCode: "8660",
    seminarVenueCity: "Skanderborg",
    followUpStart: copenhagen("2027-11-10T09:30"),
    followUpEnd: copenhagen("2027-11-10T15:30"),
    followUpVenueName: "Odense Congress Center (demo)",
    followUpVenueAddress: "Ørbækvej 350",
    followUpVenuePostalCode: "5220",
    followUpVenueCity: "Odense SØ",
    maxParticipants: 35,
    registrationDeadline: copenhagen("2027-08-06T23:59"),
  },
  {
    number: 4,
    slug: "hold-4",
    title: "Hold 4 – Nordjylland",
    status: "DRAFT" as const,
    datesAnnounced: false,
    seminarStart: null,
    seminarEnd: null,
    seminarVenueName: null,
    seminarVenueAddress: null,
    seminarVenuePostalCode: null,
    seminarVenueCity: "Aalborg",
    followUpStart: null,
    followUpEnd: null,
    followUpVenueName: null,
    followUpVenueAddress: null,
    followUpVenuePostalCode: null,
    followUpVenueCity: null,
    maxParticipants: 36,
    registrationDeadline: null,
  },
].map((cohort) => ({
  ...cohort,
  description:
    "Et 12-12 seminar med overnatning, hvor direktionerne arbejder med egen praksis sammen med direktioner fra andre kommuner, efterfulgt af en opfølgningsdag. Oplægsholdere og cases varierer fra hold til hold.",
  themes: THEMES,
}));

interface DemoParticipant {
  name: string;
  jobTitle: string;
  field: Field;
  networkConsent: boolean;
  dietaryNeeds?: string;
}

export interface DemoDirection {
  municipalityCode: string;
  contactName: string;
  contactEmail: string;
  ean: string;
  cvr: string;
  participants: DemoParticipant[];
}

export const DEMO_DIRECTIONS: DemoDirection[] = [
  {
    municipalityCode: "0751",
    contactName: "Anne Mikkelsen (demo)",
    contactEmail: "direktor@aarhus.demo.dk",
    ean: "5798000000018",
    cvr: "55133018",
    participants: [
      { name: "Anne Mikkelsen", jobTitle: "Kommunaldirektør", field: "MUNICIPAL_DIRECTOR", networkConsent: true },
      { name: "Jonas Vestergaard", jobTitle: "Direktør for Børn og Unge", field: "CHILDREN_CULTURE", networkConsent: true, dietaryNeeds: "Vegetar" },
      { name: "Lise Holm", jobTitle: "Direktør for Sundhed og Omsorg", field: "SOCIAL_HEALTH", networkConsent: false },
      { name: "Peter Dahl", jobTitle: "Direktør for Teknik og Miljø", field: "TECHNICAL_ENVIRONMENT", networkConsent: true },
    ],
  },
  {
    municipalityCode: "0461",
    contactName: "Mette Kragh (demo)",
    contactEmail: "direktion@odense.demo.dk",
    ean: "5798000000025",
    cvr: "29189854",
    participants: [
      { name: "Mette Kragh", jobTitle: "Administrerende direktør", field: "MUNICIPAL_DIRECTOR", networkConsent: true },
      { name: "Søren Bech", jobTitle: "Børn- og ungedirektør", field: "CHILDREN_CULTURE", networkConsent: false },
      { name: "Hanne Østergaard", jobTitle: "Ældre- og handicapdirektør", field: "SOCIAL_HEALTH", networkConsent: true, dietaryNeeds: "Glutenallergi" },
    ],
  },
  {
    municipalityCode: "0621",
    contactName: "Karsten Friis (demo)",
    contactEmail: "direktion@kolding.demo.dk",
    ean: "5798000000032",
    cvr: "29189862",
    participants: [
      { name: "Karsten Friis", jobTitle: "Kommunaldirektør", field: "MUNICIPAL_DIRECTOR", networkConsent: true },
      { name: "Birgitte Lund", jobTitle: "Direktør for Social og Sundhed", field: "SOCIAL_HEALTH", networkConsent: true },
      { name: "Ole Skov", jobTitle: "Teknisk direktør", field: "TECHNICAL_ENVIRONMENT", networkConsent: false },
      { name: "Camilla Rask", jobTitle: "Økonomidirektør", field: "FINANCE_HR_OTHER", networkConsent: true },
    ],
  },
  {
    municipalityCode: "0851",
    contactName: "Thomas Nørgaard (demo)",
    contactEmail: "direktion@aalborg.demo.dk",
    ean: "5798000000049",
    cvr: "29189870",
    participants: [
      { name: "Thomas Nørgaard", jobTitle: "Rådmandssekretariatets direktør", field: "MUNICIPAL_DIRECTOR", networkConsent: false },
      { name: "Ida Bruun", jobTitle: "Skole- og kulturdirektør", field: "CHILDREN_CULTURE", networkConsent: true },
      { name: "Mads Juhl", jobTitle: "Miljø- og energidirektør", field: "TECHNICAL_ENVIRONMENT", networkConsent: true },
    ],
  },
];

export const DEMO_USERS = [
  { email: "staff@komponent.demo.dk", name: "Komponent (demo)", role: "STAFF" as const, partnerCode: null },
  { email: "partner@kl.demo.dk", name: "KL (demo)", role: "PARTNER" as const, partnerCode: "KL" as const },
  { email: "partner@bkf.demo.dk", name: "Børne- og Kulturchefforeningen (demo)", role: "PARTNER" as const, partnerCode: "BOERNE_OG_KULTURCHEFFORENINGEN" as const },
];

/** A municipality's e-mail domain in the demo: "aarhus.demo.dk", "hoeje-taastrup.demo.dk". */
export function demoDomainOf(name: string): string {
  const ascii = name.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").replace(/[^a-z0-9-]/g, "");
  return `${ascii}.demo.dk`;
}
