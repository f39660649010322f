import type { ReactNode } from "react";
import { ScrollTable } from "@/components/table/scroll-table";

/** Every chart is drawn this wide (SVG units), so charts on one page line up. */
export const CHART_WIDTH = 520;

export type ChartTable = {
  /** The first header names the rows; the others are the numbers' columns. */
  headers: readonly [string, ...string[]];
  rows: readonly { label: string; values: readonly (string | number)[] }[];
};

/**
 * A chart drawn on the server as plain SVG (no JavaScript): a picture with its summary as the
 * accessible name, and the same numbers as a table under "Vis tal".
 */
export function ChartFigure({
  id,
  caption,
  summary,
  height,
  note,
  table,
  children,
}: {
  id: string;
  caption: string;
  /** What a screen reader says for the picture: every number it shows. */
  summary: string;
  height: number;
  note?: ReactNode;
  table: ChartTable;
  children: ReactNode;
}) {
  const [rowHeader, ...valueHeaders] = table.headers;
  return (
    <figure className="chart" id={id}>
      <figcaption>{caption}</figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={summary} className="chart-svg">
        {children}
      </svg>
      {note}
      <details className="chart-data">
        <summary>Vis tal</summary>
        <ScrollTable label={`Tal: ${caption}`} columns={[rowHeader, ...valueHeaders.map((label) => ({ label, numeric: true }))]}>
          {table.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, i) => (
                <td key={valueHeaders[i]} className="num">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </ScrollTable>
      </details>
    </figure>
  );
}
