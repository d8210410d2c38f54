"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { runService, type ActionState } from "@/lib/action-state";
import { clientIp } from "@/lib/request";
import { setPasswordWithLink } from "@/lib/services/user-admin-links";

/** Public: the one-time link is the proof. On success the user is sent to /login with a notice. */
export async function setPasswordAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const ip = clientIp(await headers());
  const state = await runService(() => setPasswordWithLink(token, formData, ip), "");
  if (state.ok) redirect("/login?notice=password-set");
  return state;
}
