import type { ServiceAction } from "@/lib/action-state";

/** The server actions on a project's benefits, bound by the benefit components to the project code and the row. */
export type BenefitActions = {
  requestRebaseline: ServiceAction<[code: string, benefitId: number]>;
  decideRebaseline: ServiceAction<[code: string, rebaselineId: number]>;
  recordMeasurement: ServiceAction<[code: string, benefitId: number]>;
  correctMeasurement: ServiceAction<[code: string, measurementId: number]>;
  deleteMeasurement: ServiceAction<[code: string, measurementId: number]>;
};
