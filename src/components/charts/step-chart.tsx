import { niceCeiling, scaleLinear } from "@/lib/chart-scale";
import { CHART_WIDTH, ChartFigure } from "@/components/charts/chart-figure";
import { ValueAxis } from "@/components/charts/value-axis";

export type StepSeries = { name: string; values: readonly number[]; dashed?: boolean };

// Cumulative counts per week as step lines: a count only changes at a registration, so a
// step (not a sloped line) is the honest shape. Series differ by dash pattern and a direct
// label, not by colour alone.
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 150;
const TOP = 12;
const BOTTOM = 34;

export function StepChart({
  id,
  caption,
  periodLabels,
  series,
  periodHeader,
}: {
  id: string;
  caption: string;
  /** One label per period, e.g. the week's Monday. */
  periodLabels: readonly string[];
  series: readonly StepSeries[];
  periodHeader: string;
}) {
  const count = periodLabels.length;
  const max = niceCeiling(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (count <= 1 ? plotWidth : (i / (count - 1)) * plotWidth);
  const y = (v: number) => TOP + plotHeight - scaleLinear(v, max, plotHeight);
  const path = (values: readonly number[]) =>
    values.map((v, i) => (i === 0 ? `M ${LEFT} ${y(v)} H ${x(0)}` : `H ${x(i)} V ${y(v)}`)).join(" ");
  const last = count - 1;
  const summary = `${caption}. ${series.map((s) => `${s.name}: ${s.values[last] ?? 0} i alt`).join(", ")}${count > 0 ? `, fra ugen der starter ${periodLabels[0]} til ugen der starter ${periodLabels[last]}` : ""}.`;
  const tickIndexes = count <= 1 ? [0] : [...new Set([0, Math.floor(last / 2), last])];

  return (
    <ChartFigure
      id={id}
      caption={caption}
      summary={summary}
      height={HEIGHT}
      table={{ headers: [periodHeader, ...series.map((s) => s.name)], rows: periodLabels.map((label, i) => ({ label, values: series.map((s) => s.values[i] ?? "") })) }}
    >
      <ValueAxis max={max} along="y" position={y} grid={[LEFT, LEFT + plotWidth]} labelAt={LEFT - 6} />
      {count > 0 &&
        tickIndexes.map((i) => (
          <text key={i} x={x(i)} y={HEIGHT - 10} textAnchor={i === 0 ? "start" : i === last ? "end" : "middle"} className="chart-tick">
            {periodLabels[i]}
          </text>
        ))}
      {count > 0 &&
        series.map((s, n) => (
          <g key={s.name}>
            <path d={path(s.values)} className={`chart-line series-${n}`} strokeDasharray={s.dashed ? "6 4" : undefined} />
            <text x={x(last) + 6} y={y(s.values[last] ?? 0) + 4 + (n === 0 ? -6 : 8)} className="chart-label">
              {s.name} ({s.values[last] ?? 0})
            </text>
          </g>
        ))}
    </ChartFigure>
  );
}
