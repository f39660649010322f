"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="da">
      <body>
        <main style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
          <h1>Der opstod en fejl</h1>
          <p>Siden kunne ikke vises. Prøv igen om lidt.</p>
          {error.digest && <p>Fejlreference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
