"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { runService, type ActionState, type EnrolmentState } from "@/lib/action-state";
import { requireActionUser, requireEnrollingUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/request";
import { confirmTwoFactorEnrolment, disableTwoFactor, startTwoFactorEnrolment } from "@/lib/services/two-factor";

/** The enrolment actions also serve a user who may do nothing else until enrolled, so they resolve the user themselves. */


export async function startTwoFactorAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requireEnrollingUser();
  const state = await runService(() => startTwoFactorEnrolment(user), "Scan QR-koden med din godkendelsesapp.");
  if (state.ok) {
    revalidatePath("/account");
    revalidatePath("/login/two-factor-setup");
  }
  return state;
}

export async function confirmTwoFactorAction(_previous: EnrolmentState, formData: FormData): Promise<EnrolmentState> {
  const user = await requireEnrollingUser();
  const ip = clientIp(await headers());
  let recoveryCodes: string[] = [];
  const state = await runService(() => {
    recoveryCodes = confirmTwoFactorEnrolment(user, formData, new Date(), ip).recoveryCodes;
  }, "Totrinsbekræftelse er slået til.");
  // No revalidation here: the recovery codes are shown once, on this page, until the user goes on.
  return state.ok ? { ...state, recoveryCodes } : state;
}

export async function disableTwoFactorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const ip = clientIp(await headers());
  const state = await runService(async () => disableTwoFactor(await requireActionUser(), formData, new Date(), ip), "Totrinsbekræftelse er slået fra.");
  if (state.ok) revalidatePath("/account");
  return state;
}
