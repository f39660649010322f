"use client";


export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="indhold" className="container">
      <h1>Der opstod en fejl</h1>
      <p className="lead">Noget gik galt hos os. Prøv igen om lidt – dine gemte oplysninger er ikke gået tabt.</p>
      {error.digest && <p className="small muted">Fejlreference: {error.digest}</p>}
      <p>
        <button className="button" type="button" onClick={() => reset()}>
          Prøv igen
        </button>{" "}
        <a className="button secondary" href="/">
          Til forsiden
        </a>
      </p>
    </main>
  );
}
