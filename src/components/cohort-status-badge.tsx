import type { Availability } from "@/domain/capacity";

const LABELS: Record<Availability, { label: string; className: string }> = {
  OPEN: { label: "Åben", className: "open" },
  FEW_SEATS: { label: "Få pladser", className: "few" },
  FULL_WAITLIST: { label: "Fuld – venteliste", className: "full" },
  CLOSED: { label: "Lukket", className: "closed" },
};

export function CohortStatusBadge({ availability, datesAnnounced }: { availability: Availability; datesAnnounced: boolean }) {
  if (!datesAnnounced && availability === "CLOSED") return <span className="badge closed">Åbner senere</span>;
  const { label, className } = LABELS[availability];
  return <span className={`badge ${className}`}>{label}</span>;
}
