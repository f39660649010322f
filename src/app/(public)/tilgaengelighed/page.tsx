import type { Metadata } from "next";

export const metadata: Metadata = { title: "Tilgængelighedserklæring" };

export default function AccessibilityPage() {
  return (
    <main id="main" className="container" style={{ maxWidth: "48rem" }}>
      <h1>Tilgængelighedserklæring</h1>
      <p className="lead">Komponent ønsker, at alle kan tilmelde sig og følge Kommunestyret 2030.</p>
      <h2>Overholdelse</h2>
      <p>Løsningen er udviklet efter WCAG 2.1 niveau AA. Alle sider testes automatisk for tilgængelighedsfejl, og alle formularer kan bruges med tastatur og skærmlæser og uden JavaScript.</p>
      <h2>Kendte begrænsninger</h2>
      <p>Fakturaer i PDF er ikke tagget til skærmlæsere; den elektroniske faktura (OIOUBL/Peppol) indeholder de samme oplysninger i maskinlæsbar form.</p>
      <h2>Feedback og kontakt</h2>
      <p>Oplever du problemer, så skriv til kommunestyret2030@komponent.dk. Du kan også klage til Digitaliseringsstyrelsen via www.digst.dk.</p>
    </main>
  );
}
