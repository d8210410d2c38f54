import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { callbackUrlCookies, isUsableCallbackUrl } from "@/lib/auth/callback-url";

/** A request whose callback address Auth.js cannot use: a 400 here, where Auth.js itself would answer 500. */
function badCallbackUrl(request: NextRequest): Response | null {
  const { origin, searchParams } = request.nextUrl;
  const values = [searchParams.get("callbackUrl"), ...callbackUrlCookies.map((name) => request.cookies.get(name)?.value)];
  if (values.every((value) => !value || isUsableCallbackUrl(value, origin))) return null;
  return new Response("Ugyldig adresse at vende tilbage til.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export function POST(request: NextRequest) {
  return badCallbackUrl(request) ?? handlers.POST(request);
}

/** The session endpoint is not used by the portal; answering it would hand the session id to scripts. */
export function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/session")) return Response.json(null);
  return badCallbackUrl(request) ?? handlers.GET(request);
}
