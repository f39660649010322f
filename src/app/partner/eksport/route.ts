import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/server/auth/session";
import { listPartnerParticipants } from "@/server/attendance/list-partner-participants";
import { partnerParticipantsCsv } from "@/server/attendance/partner-participants-csv";
import { firstValues, partnerParticipantsQuery } from "@/lib/schemas/partner-participants";
import { csvResponseHeaders } from "@/lib/csv";
import { isDomainError } from "@/domain/errors";
import { isoDateInCopenhagen } from "@/lib/format";

// Only GET: the partner area reads and never writes.
export async function GET(request: NextRequest) {
  try {
    const viewer = await requireRole("PARTNER", "STAFF");
    const query = partnerParticipantsQuery.parse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
    const list = await listPartnerParticipants({ viewer, cohortNumber: query.hold, sort: query.sorter, pagination: null });
    const filename = `kommunestyret-2030-deltagere${query.hold ? `-hold-${query.hold}` : ""}-${isoDateInCopenhagen(new Date())}.csv`;
    return new NextResponse(partnerParticipantsCsv(list.rows), { status: 200, headers: csvResponseHeaders(filename) });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_AUTHENTICATED") {
      return NextResponse.redirect(new URL(`/log-ind?tilbage=${encodeURIComponent("/partner/eksport")}`, request.url), 303);
    }
    if (isDomainError(error) && error.code === "FORBIDDEN") {
      return new NextResponse(error.danishMessage, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    throw error;
  }
}
