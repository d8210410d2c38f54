"use server";

import { revalidatePath } from "next/cache";
import { runService, type ActionState } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import {
  correctMeasurement,
  createBenefit,
  decideRebaseline,
  deleteMeasurement,
  recordMeasurement,
  requestRebaseline,
  updateBenefit,
} from "@/lib/services/benefits";

function refresh(code: string, state: ActionState): ActionState {
  if (state.ok) {
    revalidatePath(`/projects/${code}`);
    revalidatePath("/benefits");
  }
  return state;
}

export async function createBenefitAction(code: string, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => createBenefit(await requireActionUser(), code, formData), "Gevinsten er oprettet."));
}

export async function updateBenefitAction(code: string, benefitId: number, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => updateBenefit(await requireActionUser(), benefitId, formData), "Gevinsten er gemt."));
}

export async function requestRebaselineAction(code: string, benefitId: number, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => requestRebaseline(await requireActionUser(), benefitId, formData), "Anmodningen om ny baseline er sendt til direktionen."));
}

export async function decideRebaselineAction(code: string, rebaselineId: number, _previous: ActionState, formData: FormData) {
  const message = formData.get("decision") === "approved" ? "Den nye baseline er godkendt." : "Anmodningen er afvist.";
  return refresh(code, await runService(async () => decideRebaseline(await requireActionUser(), rebaselineId, formData), message));
}

export async function recordMeasurementAction(code: string, benefitId: number, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => recordMeasurement(await requireActionUser(), benefitId, formData), "Målingen er registreret."));
}

export async function correctMeasurementAction(code: string, measurementId: number, _previous: ActionState, formData: FormData) {
  return refresh(code, await runService(async () => correctMeasurement(await requireActionUser(), measurementId, formData), "Målingen er rettet."));
}

export async function deleteMeasurementAction(code: string, measurementId: number, _previous: ActionState, _formData: FormData) {
  return refresh(code, await runService(async () => deleteMeasurement(await requireActionUser(), measurementId), "Målingen er slettet."));
}
