import { formatDateTimeShort } from "@/lib/format";

/** The open transmission of an invoice: under way, waiting to retry (with the last error), or failed. */
export function TransmissionState({ transmission }: { transmission?: { status: string; attempts: number; lastError: string | null; nextAttemptAt: Date } }) {
  if (!transmission) return null;
  if (transmission.status === "FAILED") {
    return (
      <div className="small">
        <span className="badge full">Afsendelse fejlede</span>
        {transmission.lastError && <div className="muted">{transmission.lastError}</div>}
      </div>
    );
  }
  if (transmission.lastError) {
    return (
      <div className="small muted">
        Forsøg {transmission.attempts} fejlede; prøver igen {formatDateTimeShort(transmission.nextAttemptAt)}. {transmission.lastError}
      </div>
    );
  }
  return <div className="small muted">Sendes …</div>;
}
