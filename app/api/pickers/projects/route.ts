import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pickerJson, pickerQuery, pickerRefusal } from "@/lib/picker-request";
import { searchProjects } from "@/lib/queries/pickers";

export const dynamic = "force-dynamic";

/** GET /api/pickers/projects?q=…: up to 20 projects that are not stopped, matching on code or title, as { id, label }[]. */
export async function GET(request: NextRequest): Promise<Response> {
  const refusal = pickerRefusal(await getCurrentUser(), "projects");
  if (refusal) return refusal;
  return pickerJson(200, searchProjects(pickerQuery(request.nextUrl.searchParams)));
}
