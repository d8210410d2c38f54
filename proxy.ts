import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

/** A convenience only: sends the anonymous to /login. Pages and actions check for themselves. */
export default auth((request) => {
  if (!request.auth) {
    const loginUrl = new URL("/login", request.nextUrl);
    if (request.nextUrl.pathname !== "/") loginUrl.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(loginUrl);
  }
});

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|login|accessibility|share/).*)"],
};
