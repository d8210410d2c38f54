import type { ServiceAction } from "@/lib/action-state";

/** The server actions of a project's page; its page passes them down and the tabs bind them to the project (and row). */
export type ProjectActions = {
  createStatusReport: ServiceAction<[code: string]>;
  publishStatusReport: ServiceAction<[code: string, reportId: number]>;
  requestGate: ServiceAction<[code: string]>;
  decideGate: ServiceAction<[code: string, requestId: number]>;
  changePhase: ServiceAction<[code: string]>;
  setNoSignificantRisks: ServiceAction<[code: string]>;
  createInvolvement: ServiceAction<[code: string]>;
};
