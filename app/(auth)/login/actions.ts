"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { loginSchema } from "@/lib/validation/auth";
import { safeRedirectTarget } from "@/lib/domain/redirect-target";

export type LoginState = { message: string | null; email: string };

const messages: Record<string, string> = {
  locked: "Log ind med denne e-mail er midlertidigt låst efter for mange mislykkede forsøg. Prøv igen senere, eller kontakt IT.",
  ip_blocked: "For mange mislykkede forsøg fra din forbindelse. Vent et kvarter, og prøv igen.",
  password_disabled: "Log ind med adgangskode er slået fra for din bruger. Brug knappen til kommunens login ovenfor.",
};

const genericFailure = "Forkert e-mail eller adgangskode.";


export async function authenticate(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const parsed = loginSchema.safeParse({ email, password: formData.get("password") });
  if (!parsed.success) return { message: genericFailure, email };
  const next = safeRedirectTarget(formData.get("next"));
  let codeStep = false;
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next });
    return { message: null, email };
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "two_factor") codeStep = true;
    else if (error instanceof CredentialsSignin) return { message: messages[error.code] ?? genericFailure, email };
    else if (error instanceof AuthError) return { message: genericFailure, email };
    else throw error;
  }
  if (codeStep) redirect(`/login/code?next=${encodeURIComponent(next)}`);
  return { message: genericFailure, email };
}
