"use server";

import { signIn } from "@/auth";
import { ssoSetup } from "@/lib/auth/sso-provider";

/** Starts single sign-on: Auth.js redirects to the provider (authorization code flow with PKCE, state and nonce). */
export async function startSsoSignIn(formData: FormData): Promise<void> {
  const setup = ssoSetup();
  if (!setup) return;
  const next = formData.get("next");
  const target = typeof next === "string" && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  await signIn(setup.providerId, { redirectTo: target });
}
