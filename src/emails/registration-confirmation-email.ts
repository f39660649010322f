import { renderEmail, type EmailBlock } from "@/emails/render-email";
import { cohortFacts, type CohortForMail } from "@/emails/cohort-facts";
import { FIELD_LABELS, type FieldCode } from "@/domain/fields";
import { formatVatRate, type Amounts } from "@/domain/pricing";
import { formatKroner, plural, genitive } from "@/lib/format";

type Props = {
  status: "CONFIRMED" | "WAITLISTED";
  waitlistPosition: number | null;
  municipalityName: string;
  contactName: string;
  cohort: CohortForMail;
  participants: { name: string; jobTitle: string; field: FieldCode }[];
  pricePerParticipantOre: number;
  vatRateBasisPoints: number;
  amounts: Amounts;
  cancellationTerms: string;
  url: string;
  hasCalendar: boolean;
  /** When the invoice is sent, under the programme's setting (invoiceTimingSentence). */
  invoiceTiming: string;
};

/** The contact person's receipt for a new registration, confirmed or on the waiting list. */
export function registrationConfirmationEmail(props: Props) {
  const { status, cohort, participants, amounts } = props;
  const confirmed = status === "CONFIRMED";
  const blocks: EmailBlock[] = [
    { type: "paragraph", text: `Kære ${props.contactName}` },
    {
      type: "paragraph",
      text: confirmed
        ? `Tak for tilmeldingen. ${genitive(props.municipalityName)} direktion er tilmeldt ${cohort.title} med ${plural(participants.length, "deltager", "deltagere")}.`
        : `Tak for tilmeldingen. ${cohort.title} er fuldt, så ${genitive(props.municipalityName)} direktion står på ventelisten som nr. ${props.waitlistPosition}. Bliver der plads, får I besked og 72 timer til at bekræfte. I betaler først, når pladsen er bekræftet.`,
    },
    { type: "heading", text: "Hold" },
    { type: "facts", rows: cohortFacts(cohort) },
    { type: "heading", text: "Deltagere" },
    { type: "list", items: participants.map((p) => `${p.name}, ${p.jobTitle} (${FIELD_LABELS[p.field]})`) },
    { type: "heading", text: "Pris" },
    {
      type: "facts",
      rows: [
        ["Pris pr. deltager", `${formatKroner(props.pricePerParticipantOre)} ekskl. moms`],
        ["Antal deltagere", String(participants.length)],
        ["I alt ekskl. moms", formatKroner(amounts.netOre)],
        [`Moms ${formatVatRate(props.vatRateBasisPoints)}`, formatKroner(amounts.vatOre)],
        ["I alt inkl. moms", formatKroner(amounts.grossOre)],
      ],
    },
    {
      type: "paragraph",
      text: confirmed
        ? `Fakturaen sendes elektronisk til det EAN-nummer, I har oplyst. ${props.invoiceTiming} Prisen dækker seminar, forplejning og overnatning, men ikke transport.`
        : "Prisen dækker seminar, forplejning og overnatning, men ikke transport. Der sendes ingen faktura, mens I står på ventelisten.",
    },
    { type: "heading", text: "Afmelding" },
    { type: "paragraph", text: props.cancellationTerms },
  ];
  if (confirmed && props.hasCalendar) blocks.push({ type: "paragraph", text: "Datoerne er vedhæftet som kalenderfil (.ics), som I kan lægge i kalenderen." });
  blocks.push({ type: "button", label: "Se og ret jeres tilmelding", url: props.url });
  return renderEmail({
    subject: confirmed ? `Tilmelding bekræftet: ${cohort.title}` : `I står på venteliste til ${cohort.title}`,
    heading: confirmed ? "Jeres tilmelding er bekræftet" : "I står på ventelisten",
    blocks,
  });
}
