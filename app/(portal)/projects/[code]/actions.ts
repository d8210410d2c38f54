"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import { changePhase, decideGate, requestGate } from "@/lib/services/gates";
import { createInvolvement } from "@/lib/services/involvements";
import { createRisk, setNoSignificantRisks, updateRisk } from "@/lib/services/risks";
import { createStatusReport, publishStatusReport } from "@/lib/services/status-reports";

function refresh(code: string, state: ActionState): ActionState {
  if (state.ok) {
    revalidatePath(`/projects/${code}`);
    revalidatePath("/portfolio");
  }
  return state;
}

export async function createStatusReportAction(code: string, _previous: ActionState, formData: FormData) {
  const message = formData.get("intent") === "publish" ? "Statusrapporten er udgivet." : "Kladden er gemt.";
  return refresh(code, await runService(async () => createStatusReport(await requireActionUser(), code, formData), message));
}

export async function publishStatusReportAction(code: string, reportId: number, _previous: ActionState, _formData: FormData) {
  return refresh(code, await runService(async () => publishStatusReport(await requireActionUser(), reportId), "Statusrapporten er udgivet."));
}

export async function requestGateAction(code: string, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => requestGate(await requireActionUser(), code, formData), "Fasegodkendelsen er sendt til direktionen."));
}

export async function decideGateAction(code: string, requestId: number, _previous: ActionState, formData: FormData) {
  const approved = formData.get("decision") === "approved";
  const state = refresh(code, await runService(async () => decideGate(await requireActionUser(), requestId, formData), ""));
  if (!state.ok) return state;
  redirect(`/projects/${code}?notice=${approved ? "gate-approved" : "gate-rejected"}`);
}

export async function changePhaseAction(code: string, _previous: ActionState, formData: FormData) {
  const state = refresh(code, await runService(async () => changePhase(await requireActionUser(), code, formData), ""));
  if (!state.ok) return state;
  redirect(`/projects/${code}?notice=phase-changed`);
}

export async function createRiskAction(code: string, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => createRisk(await requireActionUser(), code, formData), "Risikoen er registreret."));
}

export async function updateRiskAction(code: string, riskId: number, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => updateRisk(await requireActionUser(), riskId, formData), "Risikoen er gemt."));
}

export async function setNoSignificantRisksAction(code: string, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => setNoSignificantRisks(await requireActionUser(), code, formData), "Gemt."));
}

export async function createInvolvementAction(code: string, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => createInvolvement(await requireActionUser(), code, formData), "Inddragelsen er registreret."));
}
