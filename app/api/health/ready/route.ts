import { readiness } from "@/lib/queries/readiness";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer or monitoring: 200 when the database answers and its schema is current, else 503. */
export function GET() {
  const state = readiness();
  return Response.json(
    { status: state.ready ? "ok" : "error", database: state.database, schema: state.schema },
    { status: state.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
