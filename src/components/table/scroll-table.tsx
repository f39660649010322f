import type { ReactNode } from "react";
import { SortHeader } from "@/components/admin/table-nav";

/**
 * A column header: a plain label, or `numeric` (right-aligned), `hidden` (named for screen readers
 * only, e.g. the actions column) or `sort` (a link that sorts by that column, see SortHeader).
 */
export type Column = string | { label: string; numeric?: boolean; hidden?: boolean; sort?: string };

export type TableSort = { basePath: string; params: Record<string, string | undefined>; defaultSort?: string };

function ColumnHeader({ column, sort }: { column: Column; sort?: TableSort }) {
  const spec = typeof column === "string" ? { label: column } : column;
  const className = spec.numeric ? "num" : undefined;
  if (spec.sort && sort) return <SortHeader column={spec.sort} label={spec.label} className={className} {...sort} />;
  return (
    <th scope="col" className={className}>
      {spec.hidden ? <span className="visually-hidden">{spec.label}</span> : spec.label}
    </th>
  );
}

/**
 * A table that scrolls sideways on a narrow screen. With a `label` the scrolling region is named and
 * reachable by keyboard (axe's scrollable-region-focusable); `caption` is for screen readers only.
 * `children` are the body rows.
 */
export function ScrollTable({
  label,
  caption,
  columns,
  sort,
  className,
  children,
}: {
  label?: string;
  caption?: ReactNode;
  columns: readonly Column[];
  sort?: TableSort;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" {...(label === undefined ? {} : { tabIndex: 0, role: "region", "aria-label": label })}>
      <table className={className}>
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <ColumnHeader key={typeof column === "string" ? column : column.label} column={column} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
