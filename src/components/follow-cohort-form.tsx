// Placeholder until registration lands: the "Giv mig besked" form posts to a server action.
export function FollowCohortForm({ slug }: { slug: string }) {
  return (
    <div className="notice info">
      <p>
        Tilmeldingen åbner, når datoerne er på plads. Vil du have besked, når det sker?
      </p>
      <p className="small muted">Skriv til kommunestyret2030@komponent.dk med emnet &quot;{slug}&quot;.</p>
    </div>
  );
}
