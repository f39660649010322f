// Prints signed, complete registration drafts for the registration burst, using the app's
// own signing (run with `tsx --conditions=react-server`, same secret as the app under test).
import { randomUUID } from "node:crypto";
import { signDraft } from "@/server/directions/draft-token";

const requests = JSON.parse(process.argv[2]!) as { userId: string; municipalityCode: string; cohortSlug: string }[];
const tokens = requests.map(({ userId, municipalityCode, cohortSlug }) =>
  signDraft({
    userId,
    issuedAt: Date.now(),
    cohortSlug,
    municipality: { municipalityCode, contactName: "Bench Kontakt", contactTitle: "Direktør", contactEmail: `kontakt-${municipalityCode}@bench.example.dk`, contactPhone: "12 34 56 78" },
    participants: [1, 2, 3].map((n) => ({
      name: `Bench Deltager ${n}`,
      jobTitle: "Direktør",
      field: "MUNICIPAL_DIRECTOR" as const,
      email: `d${n}-${municipalityCode}-${userId.slice(-6)}@bench.example.dk`,
      phone: null,
      overnightStay: true,
      dietaryNeeds: null,
      dietaryConsent: false,
      accessibilityNeeds: null,
      networkConsent: false,
    })),
    invoice: {
      ean: "5798000000056",
      cvr: "29189889",
      orderNumber: "BENCH-1",
      personReference: "Bench Person",
      accountingString: null,
      billingName: "Bench Kommune",
      billingStreet: "Torvet 1",
      billingPostalCode: "8000",
      billingCity: "Aarhus C",
    },
    idempotencyKey: randomUUID(),
  }),
);
console.log(JSON.stringify(tokens));
