import type { Metadata } from "next";
import { WithdrawForm } from "./withdraw-form";

export const metadata: Metadata = { title: "Frameld faglige netværk", robots: { index: false } };

// Opening the link changes nothing: mail link scanners fetch it, so withdrawal takes a button press (POST).
export default async function WithdrawNetworkConsentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      <h1>Frameld faglige netværk</h1>
      <p className="lead">
        Når du framelder dig, vises dit navn, din titel, din kommune og din e-mailadresse ikke længere for direktører fra andre
        kommuner på dit fagområde.
      </p>
      <p>Din tilmelding til forløbet er ikke berørt.</p>
      <WithdrawForm token={token} />
    </main>
  );
}
