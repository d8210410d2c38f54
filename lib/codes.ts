/**
 * Every code the portal stores, as const lists with their types.
 *
 * This module imports nothing, so that the database schema, validation, domain rules and
 * client components can all share one vocabulary without pulling the table definitions
 * (or anything else) into the browser. The Danish words for the codes live in
 * lib/domain/labels.ts.
 */

export const roles = ["director", "department_head", "staff", "admin"] as const;
export type Role = (typeof roles)[number];

export const departmentKinds = ["area", "staff_unit"] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

export const auditOutcomes = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

// Strategy and projects

export const focusAreas = ["efficiency", "new_service", "quality", "communication"] as const;
export type FocusArea = (typeof focusAreas)[number];

export const zoneStatuses = ["active", "closed"] as const;
export type ZoneStatus = (typeof zoneStatuses)[number];

export const phases = ["idea", "analysis", "trial", "implementation", "realisation", "closed", "stopped"] as const;
export type Phase = (typeof phases)[number];

export const purposeTypes = ["efficiency", "new_service", "quality", "communication", "compliance"] as const;
export type PurposeType = (typeof purposeTypes)[number];

export const priorities = ["high", "medium", "low"] as const;
export type Priority = (typeof priorities)[number];

/** Board-controlled project fields that others change only through a change request (ændringsanmodning). */
export const controlledProjectFields = ["approvedBudgetKr", "baselineStart", "baselineEnd", "departmentId", "ownerId", "phase"] as const;
export type ControlledProjectField = (typeof controlledProjectFields)[number];

export const changeRequestStatuses = ["pending", "approved", "rejected"] as const;
export type ChangeRequestStatus = (typeof changeRequestStatuses)[number];

// Status reports and gates

export const lights = ["green", "yellow", "red"] as const;
export type Light = (typeof lights)[number];

export const statusDimensions = ["time", "economy", "delivery", "risk", "benefits"] as const;
export type StatusDimension = (typeof statusDimensions)[number];

/** The lights a status report sets: every dimension plus the overall one. */
export const reportDimensions = [...statusDimensions, "overall"] as const;
export type ReportDimension = (typeof reportDimensions)[number];

export const reportStates = ["draft", "published"] as const;
export type ReportState = (typeof reportStates)[number];

export const gateStatuses = ["pending", "approved", "rejected", "withdrawn"] as const;
export type GateStatus = (typeof gateStatuses)[number];

// Risks and involvement

export const riskCategories = ["technology", "economy", "organisation", "supplier", "legal_gdpr", "adoption"] as const;
export type RiskCategory = (typeof riskCategories)[number];

export const riskStatuses = ["open", "closed"] as const;
export type RiskStatus = (typeof riskStatuses)[number];

export const involvementGroups = ["citizens", "employees", "med", "union", "other_municipality", "supplier"] as const;
export type InvolvementGroup = (typeof involvementGroups)[number];

export const involvementForms = ["workshop", "test", "hearing", "interview", "briefing"] as const;
export type InvolvementForm = (typeof involvementForms)[number];

export const involvementStates = ["planned", "done"] as const;
export type InvolvementState = (typeof involvementStates)[number];

// Benefits

export const benefitTypes = ["economic_cash", "economic_time", "quality", "citizen", "work_environment"] as const;
export type BenefitType = (typeof benefitTypes)[number];

export const benefitStatuses = ["proposed", "approved", "realising", "realised", "cancelled"] as const;
export type BenefitStatus = (typeof benefitStatuses)[number];

export const benefitDirections = ["up", "down"] as const;
export type BenefitDirection = (typeof benefitDirections)[number];

export const rebaselineStatuses = ["pending", "approved", "rejected"] as const;
export type RebaselineStatus = (typeof rebaselineStatuses)[number];

// Development zones, experiments and learning

export const radarRings = ["adopt", "trial", "assess", "hold"] as const;
export type RadarRing = (typeof radarRings)[number];

export const experimentStates = ["draft", "awaiting_approval", "running", "finished", "rejected"] as const;
export type ExperimentState = (typeof experimentStates)[number];

export const experimentDecisions = ["scale", "adjust", "stop", "continue"] as const;
export type ExperimentDecision = (typeof experimentDecisions)[number];

export const evidenceStrengths = ["weak", "moderate", "strong"] as const;
export type EvidenceStrength = (typeof evidenceStrengths)[number];

export const sharingLevels = ["internal", "network", "public"] as const;
export type SharingLevel = (typeof sharingLevels)[number];

export const ideaStatuses = ["new", "reviewing", "to_experiment", "rejected", "became_project"] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** The statuses triage may set; "new" is where every idea starts. */
export const triageStatuses = ["reviewing", "to_experiment", "rejected", "became_project"] as const satisfies readonly IdeaStatus[];
export type TriageStatus = (typeof triageStatuses)[number];

export const inspirationSources = ["network", "conference", "course", "municipality", "kl_os2", "other"] as const;
export type InspirationSource = (typeof inspirationSources)[number];

/** The learnings that have a card of their own; outlook entries only appear in search results. */
export const learningKinds = ["experiment", "project"] as const;
export type LearningKind = (typeof learningKinds)[number];

/** What the Erfaringsbank searches: the learning cards and the outlook entries. */
export const searchKinds = [...learningKinds, "inspiration"] as const;
export type SearchKind = (typeof searchKinds)[number];

// Board meetings

export const meetingStatuses = ["planned", "held", "minutes_approved"] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const agendaItemKinds = ["information", "discussion", "decision", "gate"] as const;
export type AgendaItemKind = (typeof agendaItemKinds)[number];

export const queueKinds = ["gate", "rebaseline", "change_request", "red_project", "experiment_approval", "experiment_scale"] as const;
export type QueueKind = (typeof queueKinds)[number];

export const decisionOutcomes = ["approved", "rejected", "postponed", "adjusted", "noted"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

// Notifications

/** What a notification is about; each user chooses per kind how it reaches them by e-mail. */
export const notificationKinds = [
  "agenda_published",
  "decision_made",
  "department_request",
  "idea_update",
  "minutes_ready",
  "overdue",
  "share_link_created",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How notifications of one kind are sent by e-mail (they always show in the portal). */
export const mailDeliveries = ["immediate", "daily", "weekly", "off"] as const;
export type MailDelivery = (typeof mailDeliveries)[number];
