import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/server/auth/session";
import { listNetworkPeers } from "@/server/network/list-network-peers";
import { FIELD_LABELS } from "@/domain/fields";
import { ScrollTable } from "@/components/table/scroll-table";

export const metadata: Metadata = { title: "Faglige netværk", robots: { index: false } };

export default async function NetworkPage() {
  const viewer = await requirePageRole("/netvaerk", "DIRECTOR");
  const { eligible, fields, peers } = await listNetworkPeers({ viewer });

  return (
    <main id="main" className="container">
      <h1>Faglige netværk</h1>
      <p className="lead">
        Direktører fra andre kommuner på samme fagområder som jeres deltagere – på tværs af alle fire hold. Kun deltagere, der
        har sagt ja til at indgå i netværket, vises.
      </p>
      {!eligible ? (
        <div className="notice info">
          <p>
            Netværket åbner, når jeres direktion har en bekræftet tilmelding med mindst én deltager.{" "}
            <Link href="/min-tilmelding">Gå til Min tilmelding</Link>.
          </p>
        </div>
      ) : (
        fields.map((field) => {
          const inField = peers.filter((p) => p.field === field);
          const headingId = `netvaerk-${field.toLowerCase()}`;
          return (
            <section key={field} aria-labelledby={headingId}>
              <h2 id={headingId}>{FIELD_LABELS[field]}</h2>
              {inField.length === 0 ? (
                <p className="muted">Endnu ingen kolleger fra andre kommuner på dette fagområde i netværket.</p>
              ) : (
                <ScrollTable
                  label={`Kolleger: ${FIELD_LABELS[field]}`}
                  caption={`Kolleger i netværket for ${FIELD_LABELS[field].toLowerCase()}`}
                  columns={["Navn", "Titel", "Kommune"]}
                >
                  {inField.map((peer) => (
                    <tr key={peer.id}>
                      <td>{peer.name}</td>
                      <td>{peer.jobTitle}</td>
                      <td>{peer.municipalityName}</td>
                    </tr>
                  ))}
                </ScrollTable>
              )}
            </section>
          );
        })
      )}
      <p className="small muted">
        Listen viser kun det, deltagerne har givet samtykke til: navn, stilling og kommune. Oplysningerne må kun bruges til
        faglig sparring mellem deltagerne i forløbet. Hver deltager kan til enhver tid framelde sig netværket via linket i sine
        e-mails fra forløbet.
      </p>
    </main>
  );
}
