import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./auth.config";
import { newNonce, pageContentSecurityPolicy } from "./lib/content-security-policy";

const { auth } = NextAuth(authConfig);

/** Pages anyone may open; every other page sends the anonymous to /login. */
const publicPage = /^\/(login|accessibility|share\/|set-password\/)/;

/**
 * Every page gets a per-request script nonce in its Content-Security-Policy (set on the request,
 * where Next.js reads it, and on the response). And, as a convenience only, the anonymous are
 * sent to /login: pages and actions check for themselves.
 */
export default auth((request) => {
  const { pathname } = request.nextUrl;
  if (!request.auth && !publicPage.test(pathname)) {
    const loginUrl = new URL("/login", request.nextUrl);
    if (pathname !== "/") loginUrl.searchParams.set("next", pathname);
    return NextResponse.redirect(loginUrl);
  }
  const policy = pageContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
