import { axisTicks } from "@/lib/chart-scale";

/**
 * The value axis of a chart: at each tick a grid line across the plot and the tick's number.
 * Along "x" (bars) the numbers stand under the plot, along "y" (lines) left of it.
 */
export function ValueAxis({
  max,
  along,
  position,
  grid,
  labelAt,
}: {
  max: number;
  along: "x" | "y";
  /** Where a value lies on the axis, in SVG units. */
  position: (value: number) => number;
  /** Where the grid lines start and end across the axis. */
  grid: readonly [number, number];
  /** Where the numbers stand across the axis. */
  labelAt: number;
}) {
  return axisTicks(max).map((tick) => {
    const at = position(tick);
    return along === "x" ? (
      <g key={tick}>
        <line x1={at} x2={at} y1={grid[0]} y2={grid[1]} className="chart-grid" />
        <text x={at} y={labelAt} textAnchor="middle" className="chart-tick">
          {tick}
        </text>
      </g>
    ) : (
      <g key={tick}>
        <line x1={grid[0]} x2={grid[1]} y1={at} y2={at} className="chart-grid" />
        <text x={labelAt} y={at + 4} textAnchor="end" className="chart-tick">
          {tick}
        </text>
      </g>
    );
  });
}
