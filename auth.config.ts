import type { NextAuthConfig } from "next-auth";

/** The part of the Auth.js configuration that needs no database: safe to load in proxy.ts. */
export const authConfig = {
  // Errors of a single sign-on (e.g. a state or nonce that does not match) land on the login page, not Auth.js's own.
  pages: { signIn: "/login", error: "/login" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      session.sid = typeof token.sid === "string" ? token.sid : undefined;
      return session;
    },
  },
} satisfies NextAuthConfig;
