import { getPublicCohort } from "@/server/cohorts/list-public-cohorts";

/**
 * Whether a cohort page exists (200) or not (404): public facts, as /hold lists them. The proxy
 * asks this before rendering /hold/<slug>, so an unknown cohort gets the server-rendered 404
 * page (src/http/public-cohort-probe.ts says why).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const cohort = await getPublicCohort({ slug: (await params).slug });
  const headers = { "Cache-Control": "no-store" };
  return cohort ? Response.json({ slug: cohort.slug, title: cohort.title }, { headers }) : Response.json({ error: "not found" }, { status: 404, headers });
}
