import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/request";
import { exportAuditLog } from "@/lib/services/audit-log";
import { ForbiddenError } from "@/lib/services/errors";
import { parseAuditFilter } from "@/lib/validation/account";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET /api/admin/audit/export with the audit page's filters: the filtered view as CSV, for administrators. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Du er ikke logget ind.");
  try {
    const file = exportAuditLog(user, parseAuditFilter(request.nextUrl.searchParams), clientIp(request.headers));
    return new Response(file.body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return plain(403, "Du har ikke adgang til revisionsloggen.");
    throw error;
  }
}
