import type { NextRequest } from "next/server";
import { handlers } from "@/auth";

export const { POST } = handlers;

/** The session endpoint is not used by the portal; answering it would hand the session id to scripts. */
export function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/session")) return Response.json(null);
  return handlers.GET(request);
}
