import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportPortfolio, type ExportFormat } from "@/lib/export/portfolio-export";
import { clientIp } from "@/lib/request";
import { ForbiddenError } from "@/lib/services/errors";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A route handler cannot render the 403 page: it answers 401/403 itself. */
export async function exportResponse(request: NextRequest, format: ExportFormat): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Du er ikke logget ind.");
  try {
    const file = await exportPortfolio(user, parsePortfolioFilter(request.nextUrl.searchParams), format, clientIp(request.headers));
    const body = typeof file.body === "string" ? file.body : Buffer.from(file.body);
    return new Response(body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return plain(403, "Du har ikke adgang til at eksportere porteføljen.");
    throw error;
  }
}
