"use server";

import { revalidatePath } from "next/cache";
import type { ShareLinkState } from "@/components/learnings/share-link-creator";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { createShareLink, revokeShareLink } from "@/lib/services/learnings";

export async function createShareLinkAction(_prev: ShareLinkState, formData: FormData): Promise<ShareLinkState> {
  let token = "";
  const state = await runService(async () => {
    token = createShareLink(await requireActionUser(), formData).token;
  }, "Delingslinket er oprettet. Kopiér det nu: af sikkerhedshensyn vises det kun denne ene gang.");
  if (!state.ok) return state;
  revalidatePath("/learnings", "layout");
  return { ...state, path: `/share/${token}` };
}

export async function revokeShareLinkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const linkId = Number(formData.get("linkId"));
  const state = await runService(async () => revokeShareLink(await requireActionUser(), linkId), "Delingslinket er tilbagekaldt.");
  if (state.ok) revalidatePath("/learnings", "layout");
  return state;
}
