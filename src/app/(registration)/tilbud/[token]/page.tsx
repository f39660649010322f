import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requirePageRole } from "@/server/auth/session";
import { getWaitlistOffer } from "@/server/waitlist/get-waitlist-offer";
import { SeminarDates } from "@/components/cohort-dates";
import { formatDateTimeLong, plural } from "@/lib/format";
import { ConfirmForm } from "../../min-tilmelding/confirm-form";
import { acceptOfferAction, declineOfferAction } from "./actions";

export const metadata: Metadata = { title: "Tilbud om plads" };

const CLOSED: Record<string, string> = {
  ACCEPTED: "Tilbuddet er taget imod, og jeres plads er bekræftet.",
  DECLINED: "Tilbuddet er afslået.",
  EXPIRED: "Tilbuddet er udløbet og gået videre til den næste på ventelisten.",
};

export default async function WaitlistOfferPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const user = await requirePageRole(`/tilbud/${token}`);
  const result = await getWaitlistOffer({ user, token });
  if (result.kind !== "ok") {
    return (
      <main id="main" className="container">
        <h1>Tilbud om plads</h1>
        <div className="notice warning">
          <p>
            {result.kind === "not-found"
              ? "Vi kan ikke finde tilbuddet. Tjek, at hele linket fra e-mailen er kommet med."
              : `Du er logget ind som ${user.email}, som ikke er knyttet til den tilmelding, tilbuddet gælder. Log ind med kontaktpersonens e-mailadresse.`}
          </p>
        </div>
        <p>
          <Link href="/min-tilmelding">Gå til Min tilmelding</Link>
        </p>
      </main>
    );
  }
  const { offer } = result;
  const { direction, cohort } = offer;
  const expired = offer.status === "OPEN" && offer.expiresAt.getTime() < Date.now();
  return (
    <main id="main" className="container">
      <h1>Der er plads til jer på {cohort.title}</h1>
      <p className="lead">
        {direction.municipality.officialName} står på ventelisten med {plural(direction.participants.length, "deltager", "deltagere")}.
      </p>
      <dl className="self-service-facts">
        <dt>Seminar</dt>
        <dd>
          <SeminarDates cohort={cohort} />
        </dd>
        <dt>Deltagere</dt>
        <dd>{direction.participants.map((p) => p.name).join(", ")}</dd>
        <dt>Tilbuddet gælder</dt>
        <dd>
          {plural(offer.seats, "deltager", "deltagere")} til {formatDateTimeLong(offer.expiresAt)}
        </dd>
      </dl>
      {offer.status === "OPEN" && !expired && direction.participants.length > offer.seats && (
        <div className="notice warning">
          <p>
            I har nu flere deltagere, end tilbuddet gælder. Afmeld deltagere, så I er {offer.seats}, og tag så imod; bagefter kan I tilføje flere, hvis der er plads.
          </p>
        </div>
      )}
      {offer.status !== "OPEN" || expired ? (
        <div className="notice info">
          <p>{expired ? CLOSED.EXPIRED : CLOSED[offer.status]}</p>
        </div>
      ) : (
        <div className="grid-2">
          <section aria-labelledby="accept-heading" className="card">
            <h2 id="accept-heading">Tag imod pladsen</h2>
            <p>Tilmeldingen bliver bindende, deltagerne får en velkomstmail, og vi sender fakturaen elektronisk til jeres EAN-nummer.</p>
            <ConfirmForm action={acceptOfferAction} hidden={{ token }} label="Ja tak, bekræft pladsen" danger={false} />
          </section>
          <section aria-labelledby="decline-heading" className="card">
            <h2 id="decline-heading">Afslå</h2>
            <p>I tages af ventelisten, og pladsen går videre til den næste direktion. Det koster ikke noget.</p>
            <ConfirmForm action={declineOfferAction} hidden={{ token }} label="Nej tak, fjern os fra ventelisten" />
          </section>
        </div>
      )}
    </main>
  );
}
