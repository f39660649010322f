/** A labelled progress meter: the numbers are text; the bar is decoration for sighted users. */
export function Meter({ label, value, max, mark, tone }: { label: React.ReactNode; value: number; max: number; mark?: number; tone?: "ok" | "warn" | "danger" }) {
  const pct = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div className="admin-meter">
      <div className="stat-row">{label}</div>
      <div className={`meter${tone ? ` ${tone}` : ""}`} aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
        {mark !== undefined && max > 0 && <i className="meter-mark" style={{ left: `${Math.min(100, (mark / max) * 100)}%` }} />}
      </div>
    </div>
  );
}
