"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import { changePhase, decideGate, requestGate } from "@/lib/services/gates";
import { createInvolvement, deleteInvolvement, updateInvolvement } from "@/lib/services/involvements";
import { createRisk, setNoSignificantRisks, updateRisk } from "@/lib/services/risks";
import { createStatusReport, publishStatusReport } from "@/lib/services/status-reports";

const projectPaths = ({ args: [code] }: { args: [string, ...unknown[]] }): Revalidation[] => [`/projects/${code}`, "/portfolio"];

export const createStatusReportAction = serviceAction((user, formData, code: string) => createStatusReport(user, code, formData), {
  success: ({ formData }) => (formData.get("intent") === "publish" ? "Statusrapporten er udgivet." : "Kladden er gemt."),
  revalidate: projectPaths,
});

export const publishStatusReportAction = serviceAction((user, _formData, _code: string, reportId: number) => publishStatusReport(user, reportId), {
  success: "Statusrapporten er udgivet.",
  revalidate: projectPaths,
});

export const requestGateAction = serviceAction((user, formData, code: string) => requestGate(user, code, formData), {
  success: "Fasegodkendelsen er sendt til direktionen.",
  revalidate: projectPaths,
});

export const decideGateAction = serviceAction((user, formData, _code: string, requestId: number) => decideGate(user, requestId, formData), {
  success: "",
  revalidate: projectPaths,
  redirect: ({ args: [code], formData }) => `/projects/${code}?notice=${formData.get("decision") === "approved" ? "gate-approved" : "gate-rejected"}`,
});

export const changePhaseAction = serviceAction((user, formData, code: string) => changePhase(user, code, formData), {
  success: "",
  revalidate: projectPaths,
  redirect: ({ args: [code] }) => `/projects/${code}?notice=phase-changed`,
});

/** A risk is registered and edited on a page of its own; after a save the user is back at the risk on the project's Risici tab. */
const backToRisk = (code: string, riskId: number, notice: "risk-created" | "risk-saved") => `/projects/${code}?tab=risks&notice=${notice}#risk-${riskId}`;

export const createRiskAction = serviceAction((user, formData, code: string) => createRisk(user, code, formData), {
  success: "Risikoen er registreret.",
  revalidate: projectPaths,
  redirect: ({ args: [code], result }) => backToRisk(code, result, "risk-created"),
});

export const updateRiskAction = serviceAction((user, formData, _code: string, riskId: number) => updateRisk(user, riskId, formData), {
  success: "Risikoen er gemt.",
  revalidate: projectPaths,
  redirect: ({ args: [code, riskId] }) => backToRisk(code, riskId, "risk-saved"),
});

export const setNoSignificantRisksAction = serviceAction((user, formData, code: string) => setNoSignificantRisks(user, code, formData), {
  success: "Gemt.",
  revalidate: projectPaths,
});

export const createInvolvementAction = serviceAction((user, formData, code: string) => createInvolvement(user, code, formData), {
  success: "Inddragelsen er registreret.",
  revalidate: projectPaths,
});

/** An entry is edited (and deleted) on a page of its own; afterwards the user is back on the project's Inddragelse tab. */
const backToInvolvement = (code: string, notice: "involvement-saved" | "involvement-deleted", anchor: string) =>
  `/projects/${code}?tab=involvement&notice=${notice}#${anchor}`;

export const updateInvolvementAction = serviceAction(
  (user, formData, code: string, involvementId: number) => updateInvolvement(user, code, involvementId, formData),
  {
    success: "Inddragelsen er gemt.",
    revalidate: projectPaths,
    redirect: ({ args: [code, involvementId] }) => backToInvolvement(code, "involvement-saved", `involvement-${involvementId}`),
  },
);

export const deleteInvolvementAction = serviceAction(
  (user, formData, code: string, involvementId: number) => deleteInvolvement(user, code, involvementId, formData),
  {
    success: "Inddragelsen er slettet.",
    revalidate: projectPaths,
    redirect: ({ args: [code] }) => backToInvolvement(code, "involvement-deleted", "involvement-log"),
  },
);
