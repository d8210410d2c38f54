import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pickerJson, pickerQuery, pickerRefusal } from "@/lib/picker-request";
import { searchPeople, type PeopleScope } from "@/lib/queries/pickers";

export const dynamic = "force-dynamic";

const peopleScope = (value: string | null): PeopleScope => (value === "zone-lead" || value === "everyone" ? value : "anyone");

/**
 * GET /api/pickers/people?q=…: up to 20 active people matching on name or department, as { id, label }[].
 * scope=zone-lead offers only those who may lead a zone; scope=everyone includes deactivated people (administrators
 * only, for the audit log's filter); zone=<id> leaves out that zone's members.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  const params = request.nextUrl.searchParams;
  const scope = peopleScope(params.get("scope"));
  const refusal = pickerRefusal(user, scope === "everyone" ? "all-people" : "people");
  if (refusal) return refusal;
  const zone = Number(params.get("zone"));
  return pickerJson(
    200,
    searchPeople(pickerQuery(params), {
      scope,
      notInZone: Number.isSafeInteger(zone) && zone > 0 ? zone : null,
    }),
  );
}
