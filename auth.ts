import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { attemptLogin, endSession } from "@/lib/services/auth";
import { loginSchema } from "@/lib/validation/auth";
import { clientIp } from "@/lib/request";
import { headers } from "next/headers";
import { ssoProvider, ssoSetup } from "@/lib/auth/sso-provider";
import { ssoSignInCallback } from "@/lib/auth/sso-sign-in";

export class AccountLockedError extends CredentialsSignin {
  code = "locked";
}

export class IpBlockedError extends CredentialsSignin {
  code = "ip_blocked";
}

export class PasswordDisabledError extends CredentialsSignin {
  code = "password_disabled";
}

/** Single sign-on when the environment configures it (read once, when Auth.js starts). */
const sso = ssoSetup();

/** The headers of the request being served, when there is one to ask. */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

/** The address of the request being served, when there is one to ask. */
async function requestIp(): Promise<string | null> {
  const current = await requestHeaders();
  return current ? clientIp(current) : null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    /** A single sign-on is matched to a Styrerum user and opens a session row here; a password sign-in already has one. */
    async signIn(params) {
      return sso && params.account?.provider === sso.providerId ? ssoSignInCallback(sso, params, await requestHeaders()) : true;
    },
  },
  events: {
    /** Every way of signing out (Log ud, POST /api/auth/signout) ends the session row, not just the cookie. */
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") endSession(sid, await requestIp());
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const result = await attemptLogin({
          ...parsed.data,
          ip: clientIp(request.headers),
          userAgent: request.headers.get("user-agent") ?? "",
        });
        if (result.ok) {
          return { id: String(result.userId), name: result.name, email: result.email, sessionId: result.sessionId };
        }
        if (result.reason === "locked") throw new AccountLockedError();
        if (result.reason === "ip_blocked") throw new IpBlockedError();
        if (result.reason === "password_disabled") throw new PasswordDisabledError();
        return null;
      },
    }),
    ...(sso ? [ssoProvider(sso)] : []),
  ],
});
