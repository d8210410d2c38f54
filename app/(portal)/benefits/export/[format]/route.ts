import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportBenefits } from "@/lib/export/benefits-export";
import { clientIp } from "@/lib/request";
import { ForbiddenError } from "@/lib/services/errors";
import { parsePortfolioFilter } from "@/lib/validation/portfolio";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET /benefits/export/csv or /benefits/export/xlsx with the page's filters. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }): Promise<Response> {
  const { format } = await params;
  if (format !== "csv" && format !== "xlsx") return plain(404, "Ukendt format.");
  const user = await getCurrentUser();
  if (!user) return plain(401, "Du er ikke logget ind.");
  try {
    const file = await exportBenefits(user, parsePortfolioFilter(request.nextUrl.searchParams), format, clientIp(request.headers));
    return new Response(typeof file.body === "string" ? file.body : Buffer.from(file.body), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError) return plain(403, "Du har ikke adgang til at eksportere gevinster.");
    throw error;
  }
}
