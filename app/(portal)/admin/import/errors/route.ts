import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { errorReportCsv } from "@/lib/import/error-report";
import { ForbiddenError, ServiceError } from "@/lib/services/errors";
import { previewImport } from "@/lib/services/portfolio-import";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The error report of an upload's preview, as CSV. */
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Du er ikke logget ind.");
  const id = request.nextUrl.searchParams.get("upload") ?? "";
  if (!/^\d{1,12}$/.test(id)) return plain(404, "Importen findes ikke.");
  try {
    const { plan } = await previewImport(user, Number(id));
    return new Response(errorReportCsv(plan), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="import-fejlrapport-${id}.csv"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return plain(403, error.message);
    if (error instanceof ServiceError) return plain(404, error.message);
    throw error;
  }
}
