import type { Metadata } from "next";

export const metadata: Metadata = { title: "Ingen adgang" };

export default function ForbiddenPage() {
  return (
    <main id="main" className="container" style={{ maxWidth: "40rem" }}>
      <h1>Du har ikke adgang til siden</h1>
      <p className="lead">Siden kræver en anden rolle end den, du er logget ind med.</p>
      <p>
        <a href="/">Til forsiden</a>
      </p>
    </main>
  );
}
