"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { decideChangeRequest, fileChangeRequest } from "@/lib/services/change-requests";

export async function fileChangeRequestAction(code: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => fileChangeRequest(await requireActionUser(), code, formData), "");
  if (!state.ok) return state;
  revalidatePath(`/projects/${code}`);
  redirect(`/projects/${code}?notice=change-requested#aendringsanmodning`);
}

export async function decideChangeRequestAction(code: string, requestId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const approved = formData.get("decision") === "approved";
  const state = await runService(async () => decideChangeRequest(await requireActionUser(), requestId, formData), "");
  if (!state.ok) return state;
  revalidatePath(`/projects/${code}`);
  revalidatePath("/portfolio");
  redirect(`/projects/${code}?notice=${approved ? "change-approved" : "change-rejected"}#aendringsanmodning`);
}
