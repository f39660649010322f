import type { Metadata } from "next";

export const metadata: Metadata = { title: "Privatlivspolitik" };

export default function PrivacyPage() {
  return (
    <main id="main" className="container" style={{ maxWidth: "48rem" }}>
      <h1>Privatlivspolitik</h1>
      <p className="lead">Sådan behandler vi personoplysninger i forbindelse med tilmelding til Kommunestyret 2030 (databeskyttelsesforordningens artikel 13).</p>
      <h2>Dataansvarlig</h2>
      <p>Komponent – Kommunernes Udviklingscenter, Weidekampsgade 10, 2300 København S, kommunestyret2030@komponent.dk.</p>
      <h2>Hvad vi behandler og hvorfor</h2>
      <ul>
        <li>Navn, stilling, fagområde, e-mail og telefon for deltagere og kontaktperson – for at gennemføre forløbet (artikel 6, stk. 1, litra b og e).</li>
        <li>Fakturaoplysninger (EAN, CVR, ordrenummer, personreference) – for at fakturere kommunen (artikel 6, stk. 1, litra c, bogføringsloven).</li>
        <li>Kostbehov og allergier – kun med deltagerens udtrykkelige samtykke, fordi de kan være helbredsoplysninger (artikel 9, stk. 2, litra a). De deles med stedet som antal, og med navn kun hvis deltageren har givet samtykke.</li>
        <li>Behov for tilgængelighed – for at stedet kan tage hensyn.</li>
        <li>Kontaktoplysninger i det faglige netværk – kun hvis deltageren har givet samtykke. Samtykket kan til enhver tid trækkes tilbage via linket i vores e-mails.</li>
      </ul>
      <h2>Modtagere</h2>
      <p>Seminarstedet (deltagerliste, værelsesliste og kostbehov), partnerforeningerne (navn, stilling, kommune og hold for deltagere inden for deres fagområde – aldrig helbreds- eller fakturaoplysninger) og vores leverandør af e-fakturering.</p>
      <h2>Opbevaring</h2>
      <p>Kostbehov og allergier slettes automatisk kort efter holdets opfølgningsdag. Fakturaer og bogføringsbilag opbevares i 5 år efter regnskabsårets udløb. Øvrige oplysninger slettes, når forløbet er afsluttet og evalueret.</p>
      <h2>Dine rettigheder</h2>
      <p>Du har ret til indsigt, berigtigelse, sletning, begrænsning og indsigelse og til at trække samtykke tilbage. Du kan klage til Datatilsynet, www.datatilsynet.dk.</p>
    </main>
  );
}
