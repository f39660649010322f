import Link from "next/link";
import { FIELD_LABELS } from "@/domain/fields";
import { amountsFor, formatVatRate } from "@/domain/pricing";
import { formatKroner, genitive } from "@/lib/format";
import type { RegistrationOptions, RegistrationState, Step } from "./registration-state";
import { Checkbox } from "@/components/form/field";
import { StepNav } from "@/components/form/step-nav";

function EditButton({ step, label, pending }: { step: Step; label: string; pending: boolean }) {
  return (
    <button className="button secondary small" type="submit" name="intent" value={`edit:${step}`} disabled={pending}>
      {label}
    </button>
  );
}

export function ReviewStep({ state, options, pending }: { state: RegistrationState; options: RegistrationOptions; pending: boolean }) {
  const { draft } = state;
  const cohort = options.cohorts.find((c) => c.slug === draft.cohortSlug);
  const municipality = options.municipalities.find((m) => m.code === draft.municipality?.municipalityCode);
  const participants = draft.participants ?? [];
  const amounts = amountsFor({ quantity: participants.length, unitPriceOre: options.pricePerParticipantOre, vatRateBasisPoints: options.vatRateBasisPoints });
  const full = cohort?.availability === "FULL_WAITLIST";
  return (
    <>
      {state.needsApproval && (
        <div className="notice warning">
          <p>
            <strong>Tilmeldingen skal godkendes af Komponent.</strong> I er logget ind med en e-mailadresse, som ikke er på {municipality ? genitive(municipality.name) : "kommunens"} domæne.
            Når I tilmelder jer, holder vi pladserne til jer, men tilmeldingen er først endelig, når Komponent har godkendt den. Indtil da sendes ingen faktura. Har I
            en adresse fra kommunen, så log ind med den i stedet.
          </p>
        </div>
      )}
      <section aria-labelledby="review-cohort">
        <h3 id="review-cohort">Hold</h3>
        <p>
          <strong>{cohort?.title ?? draft.cohortSlug}</strong>
          {cohort && <> – {cohort.dates}</>}
        </p>
        {full && <div className="notice warning"><p>Holdet er fuldt lige nu. Når I tilmelder jer, spørger vi, om I vil på venteliste eller vælge et andet hold.</p></div>}
        <EditButton step="hold" label="Ret hold" pending={pending} />
      </section>
      <section aria-labelledby="review-municipality">
        <h3 id="review-municipality">Kommune og kontaktperson</h3>
        {draft.municipality && (
          <dl className="kv review-facts">
            <dt>Kommune</dt>
            <dd>{municipality?.officialName ?? draft.municipality.municipalityCode}</dd>
            <dt>Kontaktperson</dt>
            <dd>
              {draft.municipality.contactName}, {draft.municipality.contactTitle}
              <br />
              {draft.municipality.contactEmail} · {draft.municipality.contactPhone}
            </dd>
          </dl>
        )}
        <EditButton step="kommune" label="Ret kommune og kontaktperson" pending={pending} />
      </section>
      <section aria-labelledby="review-participants">
        <h3 id="review-participants">Deltagere ({participants.length})</h3>
        <ul className="review-participants">
          {participants.map((p) => {
            const extras = [
              p.overnightStay ? "Overnatter" : "Uden overnatning",
              p.dietaryNeeds ? `Kostbehov: ${p.dietaryNeeds}` : "Ingen kostbehov",
              p.accessibilityNeeds ? `Tilgængelighed: ${p.accessibilityNeeds}` : null,
              p.networkConsent ? "Med i netværkslisten" : null,
            ].filter(Boolean);
            return (
              <li key={p.email}>
                <strong>{p.name}</strong>, {p.jobTitle} ({FIELD_LABELS[p.field]}) – {p.email}
                {p.phone ? `, ${p.phone}` : ""}
                <span className="small muted review-participant-extras">{extras.join(" · ")}</span>
              </li>
            );
          })}
        </ul>
        <EditButton step="deltagere" label="Ret deltagere" pending={pending} />
      </section>
      <section aria-labelledby="review-invoice">
        <h3 id="review-invoice">Fakturering</h3>
        {draft.invoice && (
          <dl className="kv review-facts">
            <dt>EAN-nummer</dt>
            <dd>{draft.invoice.ean}</dd>
            <dt>CVR-nummer</dt>
            <dd>{draft.invoice.cvr}</dd>
            <dt>Ordre- eller rekvisitionsnummer</dt>
            <dd>{draft.invoice.orderNumber}</dd>
            <dt>Personreference</dt>
            <dd>{draft.invoice.personReference}</dd>
            {draft.invoice.accountingString && (
              <>
                <dt>Konteringsstreng</dt>
                <dd>{draft.invoice.accountingString}</dd>
              </>
            )}
            <dt>Fakturamodtager</dt>
            <dd>
              {draft.invoice.billingName}, {draft.invoice.billingStreet}, {draft.invoice.billingPostalCode} {draft.invoice.billingCity}
            </dd>
          </dl>
        )}
        <EditButton step="faktura" label="Ret fakturering" pending={pending} />
      </section>
      <section aria-labelledby="review-price">
        <h3 id="review-price">Pris</h3>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Pris for tilmeldingen">
          <table>
            <caption className="visually-hidden">Pris for tilmeldingen</caption>
            <tbody>
              <tr>
                <th scope="row">Pris pr. deltager ekskl. moms</th>
                <td className="num">{formatKroner(options.pricePerParticipantOre)}</td>
              </tr>
              <tr>
                <th scope="row">Antal deltagere</th>
                <td className="num">{participants.length}</td>
              </tr>
              <tr>
                <th scope="row">I alt ekskl. moms</th>
                <td className="num">{formatKroner(amounts.netOre)}</td>
              </tr>
              <tr>
                <th scope="row">Moms {formatVatRate(options.vatRateBasisPoints)}</th>
                <td className="num">{formatKroner(amounts.vatOre)}</td>
              </tr>
              <tr>
                <th scope="row">I alt inkl. moms</th>
                <td className="num">
                  <strong>{formatKroner(amounts.grossOre)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="small muted">Prisen dækker seminar, forplejning og overnatning, men ikke transport. Fakturaen sendes elektronisk til jeres EAN-nummer. {cohort?.invoiceTiming ?? ""}</p>
      </section>
      <section aria-labelledby="review-terms">
        <h3 id="review-terms">Betingelser</h3>
        <p>{options.cancellationTerms}</p>
        <p>
          Sådan behandler vi oplysningerne om jer og deltagerne: <Link href="/privatliv">privatlivspolitik</Link>.
        </p>
        <Checkbox name="acceptTerms" label="Vi accepterer betingelserne, og tilmeldingen er bindende" state={state} />
      </section>
      <StepNav pending={pending} nextLabel="Tilmeld direktionen" pendingLabel="Tilmelder …" />
    </>
  );
}
