import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Log ind" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ tilbage?: string }> }) {
  const { tilbage } = await searchParams;
  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      <h1>Log ind</h1>
      <p className="lead">Direktører logger ind for at tilmelde direktionen og se eller ændre tilmeldingen. Medarbejdere i Komponent og partnerforeningerne logger ind på samme måde.</p>
      <SignInForm back={tilbage} />
    </main>
  );
}
