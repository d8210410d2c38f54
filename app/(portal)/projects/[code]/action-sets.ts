import type { BenefitActions } from "@/components/benefits/benefit-actions";
import type { ProjectActions } from "@/components/projects/project-actions";
import {
  changePhaseAction,
  createInvolvementAction,
  createStatusReportAction,
  decideGateAction,
  publishStatusReportAction,
  requestGateAction,
  setNoSignificantRisksAction,
} from "./actions";
import {
  correctMeasurementAction,
  decideRebaselineAction,
  deleteMeasurementAction,
  recordMeasurementAction,
  requestRebaselineAction,
} from "./benefit-actions";

/** The project page's actions, handed to its tabs. */
export const projectActions: ProjectActions = {
  createStatusReport: createStatusReportAction,
  publishStatusReport: publishStatusReportAction,
  requestGate: requestGateAction,
  decideGate: decideGateAction,
  changePhase: changePhaseAction,
  setNoSignificantRisks: setNoSignificantRisksAction,
  createInvolvement: createInvolvementAction,
};

/** The benefit actions, handed to the benefit cards (project page, benefits portfolio, benefits report). */
export const benefitActions: BenefitActions = {
  requestRebaseline: requestRebaselineAction,
  decideRebaseline: decideRebaselineAction,
  recordMeasurement: recordMeasurementAction,
  correctMeasurement: correctMeasurementAction,
  deleteMeasurement: deleteMeasurementAction,
};
