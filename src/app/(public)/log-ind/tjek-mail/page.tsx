import type { Metadata } from "next";

export const metadata: Metadata = { title: "Tjek din e-mail" };

export default async function CheckMailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      <h1>Tjek din e-mail</h1>
      <div className="notice success" role="status">
        <p>
          Vi har sendt et login-link{email ? <> til <strong>{email}</strong></> : null}. Linket virker i 20 minutter og kan bruges én gang.
        </p>
      </div>
      <p>Kommer der ingen e-mail inden for et par minutter, så kig i uønsket post, eller <a href="/log-ind">prøv igen</a>.</p>
    </main>
  );
}
