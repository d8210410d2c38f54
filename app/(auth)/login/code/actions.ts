"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { forgetPendingLogin, pendingLoginToken } from "@/lib/auth/two-factor-cookie";
import { safeRedirectTarget } from "@/lib/domain/redirect-target";

export type CodeState = { message: string | null };

const messages: Record<string, string> = {
  code_invalid: "Koden er forkert, eller den er allerede brugt. Skriv den kode, appen viser nu, eller en gendannelseskode.",
  locked: "Log ind med denne e-mail er midlertidigt låst efter for mange mislykkede forsøg. Prøv igen senere, eller kontakt IT.",
};

/** The code step: the pending sign-in's token (from its cookie) and the code go to the Credentials provider. */
export async function verifyCode(_previous: CodeState, formData: FormData): Promise<CodeState> {
  const token = await pendingLoginToken();
  const next = safeRedirectTarget(formData.get("next"));
  let startOver = !token;
  if (token) {
    try {
      await signIn("credentials", { pendingToken: token, code: String(formData.get("code") ?? ""), redirectTo: next });
      return { message: null };
    } catch (error) {
      if (error instanceof CredentialsSignin && error.code === "code_expired") startOver = true;
      else if (error instanceof CredentialsSignin) return { message: messages[error.code] ?? messages.code_invalid };
      else if (error instanceof AuthError) return { message: messages.code_invalid };
      else throw error;
    }
  }
  if (startOver) {
    await forgetPendingLogin();
    redirect("/login?notice=two-factor-expired");
  }
  return { message: messages.code_invalid };
}
