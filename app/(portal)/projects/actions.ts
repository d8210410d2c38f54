"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { createProject, updateProject } from "@/lib/services/projects";

export async function createProjectAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let code = "";
  const state = await runService(async () => {
    code = createProject(await requireActionUser(), formData).code;
  }, "Projektet er oprettet.");
  if (!state.ok) return state;
  revalidatePath("/portfolio");
  redirect(`/projects/${code}`);
}

export async function updateProjectAction(code: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runService(async () => updateProject(await requireActionUser(), code, formData), "Projektet er gemt.");
  if (!state.ok) return state;
  revalidatePath(`/projects/${code}`);
  revalidatePath("/portfolio");
  redirect(`/projects/${code}`);
}
