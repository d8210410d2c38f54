import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { attemptLogin, endSession } from "@/lib/services/auth";
import { loginSchema } from "@/lib/validation/auth";
import { clientIp } from "@/lib/request";
import { headers } from "next/headers";
import { forgetPendingLogin, rememberPendingLogin } from "@/lib/auth/two-factor-cookie";
import { completeTwoFactorLogin } from "@/lib/services/two-factor-login";
import { ssoProvider, ssoSetup } from "@/lib/auth/sso-provider";
import { ssoSignInCallback } from "@/lib/auth/sso-sign-in";

export class AccountLockedError extends CredentialsSignin {
  code = "locked";
}

export class IpBlockedError extends CredentialsSignin {
  code = "ip_blocked";
}

/** Right password, two-factor on: the code step comes next (its token is in a cookie, never in the error). */
export class TwoFactorRequiredError extends CredentialsSignin {
  code = "two_factor";
}

/** The code step failed: "code_invalid" (try again) or "code_expired" (start over with the password). */
export class TwoFactorCodeError extends CredentialsSignin {
  constructor(readonly reason: "code_invalid" | "code_expired") {
    super();
    this.code = reason;
  }
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
      credentials: { email: {}, password: {}, pendingToken: {}, code: {} },
      async authorize(credentials, request) {
        if (typeof credentials.pendingToken === "string") {
          const result = completeTwoFactorLogin({
            pendingToken: credentials.pendingToken,
            code: String(credentials.code ?? ""),
            ip: clientIp(request.headers),
            userAgent: request.headers.get("user-agent") ?? "",
          });
          if (result.ok) {
            await forgetPendingLogin();
            return { id: String(result.userId), name: result.name, email: result.email, sessionId: result.sessionId };
          }
          if (result.reason === "locked") throw new AccountLockedError();
          throw new TwoFactorCodeError(result.reason === "code_invalid" ? "code_invalid" : "code_expired");
        }
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
        if (result.reason === "two_factor") {
          await rememberPendingLogin(result.pendingToken, request);
          throw new TwoFactorRequiredError();
        }
        if (result.reason === "password_disabled") throw new PasswordDisabledError();
        return null;
      },
    }),
    ...(sso ? [ssoProvider(sso)] : []),
  ],
});
