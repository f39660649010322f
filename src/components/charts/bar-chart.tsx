import { niceCeiling, scaleLinear } from "@/lib/chart-scale";
import { CHART_WIDTH, ChartFigure } from "@/components/charts/chart-figure";
import { ValueAxis } from "@/components/charts/value-axis";

export type BarRow = { label: string; value: number; highlight?: boolean; note?: string };

// The bar colours keep ≥ 3:1 contrast against white (WCAG 1.4.11) and highlighted bars are also
// marked in text, not by colour alone.
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
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const summary = `${caption}: ${rows.map((r) => `${r.label} ${r.value} ${unit}${r.highlight ? " (jeres fagområde)" : ""}`).join(", ")}.`;
  return (
    <ChartFigure
      id={id}
      caption={caption}
      summary={summary}
      height={height}
      note={rows.some((r) => r.highlight) && <p className="small muted">★ = jeres fagområde</p>}
      table={{
        headers: [categoryHeader, valueHeader, ...extraColumns.map((c) => c.header)],
        rows: rows.map((row, i) => ({ label: `${row.label}${row.highlight ? " (jeres fagområde)" : ""}`, values: [row.value, ...extraColumns.map((c) => c.values[i] ?? "")] })),
      }}
    >
      <ValueAxis max={max} along="x" position={(tick) => LABEL_WIDTH + scaleLinear(tick, max, plotWidth)} grid={[0, rows.length * ROW_HEIGHT]} labelAt={height - 6} />
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
    </ChartFigure>
  );
}
