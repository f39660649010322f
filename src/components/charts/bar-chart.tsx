import { axisTicks, niceCeiling, scaleLinear } from "@/lib/chart-scale";

export type BarRow = { label: string; value: number; highlight?: boolean; note?: string };

// Drawn on the server as plain SVG (no JavaScript). The bar colours keep ≥ 3:1 contrast
// against white (WCAG 1.4.11) and highlighted bars are also marked in text, not by colour alone.
const WIDTH = 520;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 56;
const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 26;

export function BarChart({
  id,
  caption,
  rows,
  unit,
  categoryHeader,
  valueHeader,
  extraColumns = [],
}: {
  id: string;
  caption: string;
  rows: readonly BarRow[];
  /** Plural noun for the screen reader summary, e.g. "deltagere". */
  unit: string;
  categoryHeader: string;
  valueHeader: string;
  extraColumns?: readonly { header: string; values: readonly (string | number)[] }[];
}) {
  const max = niceCeiling(Math.max(0, ...rows.map((r) => r.value)));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const summary = `${caption}: ${rows.map((r) => `${r.label} ${r.value} ${unit}${r.highlight ? " (jeres fagområde)" : ""}`).join(", ")}.`;
  return (
    <figure className="chart" id={id}>
      <figcaption>{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} className="chart-svg">
        {axisTicks(max).map((tick) => {
          const x = LABEL_WIDTH + scaleLinear(tick, max, plotWidth);
          return (
            <g key={tick}>
              <line x1={x} x2={x} y1={0} y2={rows.length * ROW_HEIGHT} className="chart-grid" />
              <text x={x} y={height - 6} textAnchor="middle" className="chart-tick">
                {tick}
              </text>
            </g>
          );
        })}
        {rows.map((row, i) => {
          const y = i * ROW_HEIGHT;
          const barWidth = scaleLinear(row.value, max, plotWidth);
          return (
            <g key={row.label}>
              <text x={LABEL_WIDTH - 8} y={y + ROW_HEIGHT / 2 + 5} textAnchor="end" className="chart-label">
                {row.highlight ? `${row.label} ★` : row.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 6} width={barWidth} height={ROW_HEIGHT - 12} className={row.highlight ? "chart-bar highlight" : "chart-bar"} />
              <text x={LABEL_WIDTH + barWidth + 6} y={y + ROW_HEIGHT / 2 + 5} className="chart-value">
                {row.value}
              </text>
            </g>
          );
        })}
      </svg>
      {rows.some((r) => r.highlight) && <p className="small muted">★ = jeres fagområde</p>}
      <details className="chart-data">
        <summary>Vis tal</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`Tal: ${caption}`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{categoryHeader}</th>
                <th scope="col" className="num">
                  {valueHeader}
                </th>
                {extraColumns.map((c) => (
                  <th key={c.header} scope="col" className="num">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.label}>
                  <th scope="row">
                    {row.label}
                    {row.highlight ? " (jeres fagområde)" : ""}
                  </th>
                  <td className="num">{row.value}</td>
                  {extraColumns.map((c) => (
                    <td key={c.header} className="num">
                      {c.values[i]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
