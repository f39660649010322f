// The admin lists page in the database: one owner for which rows a page holds and how many
// pages there are (at least one, so an empty list still shows its page 1).

/** The rows of page `page` (1-based), as Prisma's skip/take. */
export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
