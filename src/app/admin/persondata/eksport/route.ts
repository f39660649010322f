import { NextResponse, type NextRequest } from "next/server";
import { emailField } from "@/lib/schemas/email";
import { requireStaffRoute } from "@/server/auth/require-staff-route";
import { exportPersonData } from "@/server/privacy/export-person-data";

export async function GET(request: NextRequest) {
  const { user, denied } = await requireStaffRoute();
  if (denied) return denied;
  const parsed = emailField.safeParse(request.nextUrl.searchParams.get("email") ?? "");
  if (!parsed.success) return new NextResponse("Ugyldig e-mailadresse.", { status: 400, headers: { "Cache-Control": "no-store" } });
  const data = await exportPersonData({ actor: user, email: parsed.data });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="persondata-${parsed.data.replace(/[^a-z0-9@.-]/g, "_")}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
