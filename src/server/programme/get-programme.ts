import "server-only";
import { cache } from "react";
import { db } from "@/server/db";

/** The single programme this installation runs. */
export const getProgramme = cache(async () => {
  const programme = await db.programme.findFirst({ orderBy: { createdAt: "asc" } });
  if (!programme) throw new Error("No programme in the database: run the seed (npm start does).");
  return programme;
});
