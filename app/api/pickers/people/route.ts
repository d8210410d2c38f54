import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pickerJson, pickerQuery, pickerRefusal } from "@/lib/picker-request";
import { searchPeople } from "@/lib/queries/pickers";

export const dynamic = "force-dynamic";

/**
 * GET /api/pickers/people?q=…: up to 20 active people matching on name or department, as { id, label }[].
 * scope=zone-lead offers only those who may lead a zone; zone=<id> leaves out that zone's members.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  const refusal = pickerRefusal(user, "people");
  if (refusal) return refusal;
  const params = request.nextUrl.searchParams;
  const zone = Number(params.get("zone"));
  return pickerJson(
    200,
    searchPeople(pickerQuery(params), {
      scope: params.get("scope") === "zone-lead" ? "zone-lead" : "anyone",
      notInZone: Number.isSafeInteger(zone) && zone > 0 ? zone : null,
    }),
  );
}
