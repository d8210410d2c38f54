"use server";

import { signIn } from "@/auth";
import { ssoSetup } from "@/lib/auth/sso-provider";
import { safeRedirectTarget } from "@/lib/domain/redirect-target";

/** Starts single sign-on: Auth.js redirects to the provider (authorization code flow with PKCE, state and nonce). */
export async function startSsoSignIn(formData: FormData): Promise<void> {
  const setup = ssoSetup();
  if (!setup) return;
  await signIn(setup.providerId, { redirectTo: safeRedirectTarget(formData.get("next")) });
}
