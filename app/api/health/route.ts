export const dynamic = "force-dynamic";

/** Liveness: the process answers. Readiness (database and schema) is /api/health/ready. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
