import "server-only";
import { cookies } from "next/headers";
import { pendingLoginMinutes } from "@/lib/domain/two-factor";

/** The browser's half of a pending two-factor sign-in: the token only, HttpOnly, for the login pages, a few minutes. */
export const pendingLoginCookie = "styrerum-two-factor";

function isHttps(request: Request | undefined): boolean {
  if (!request) return false;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")) === "https";
}

export async function rememberPendingLogin(token: string, request?: Request): Promise<void> {
  (await cookies()).set(pendingLoginCookie, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: isHttps(request),
    path: "/",
    maxAge: pendingLoginMinutes * 60,
  });
}

export async function pendingLoginToken(): Promise<string | null> {
  return (await cookies()).get(pendingLoginCookie)?.value ?? null;
}

export async function forgetPendingLogin(): Promise<void> {
  (await cookies()).delete(pendingLoginCookie);
}
