import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  agendaItemKinds,
  auditOutcomes,
  benefitDirections,
  benefitStatuses,
  benefitTypes,
  changeRequestStatuses,
  decisionOutcomes,
  departmentKinds,
  evidenceStrengths,
  experimentDecisions,
  experimentStates,
  focusAreas,
  gateStatuses,
  ideaStatuses,
  mailDeliveries,
  notificationKinds,
  inspirationSources,
  involvementForms,
  involvementGroups,
  involvementStates,
  lights,
  meetingStatuses,
  phases,
  priorities,
  purposeTypes,
  queueKinds,
  radarRings,
  rebaselineStatuses,
  reportStates,
  riskCategories,
  riskStatuses,
  roles,
  sharingLevels,
  zoneStatuses,
} from "../lib/codes";
import { digestFrequencies, mailSources, mailStatuses } from "../lib/mail/codes";

const timestamps = {
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

export const departments = sqliteTable(
  "departments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    kind: text("kind", { enum: departmentKinds }).notNull(),
    responsibleDirectorId: integer("responsible_director_id"),
    /** The department head (afdelingschef) who leads it; that user's own department is this one. */
    headUserId: integer("head_user_id"),
    /** Deactivated departments are left out of new choices but kept on everything that refers to them. */
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [uniqueIndex("departments_name_unique").on(table.name)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: roles }).notNull(),
    departmentId: integer("department_id").references(() => departments.id),
    title: text("title").notNull().default(""),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    passwordHash: text("password_hash").notNull(),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: text("locked_until"),
    lastLoginAt: text("last_login_at"),
    mfaSecret: text("mfa_secret"),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("users_email_unique").on(table.email),
    index("users_department_idx").on(table.departmentId),
    index("users_role_idx").on(table.role),
    index("users_name_idx").on(table.name),
    index("users_last_login_idx").on(table.lastLoginAt),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    userAgent: text("user_agent").notNull().default(""),
    ip: text("ip").notNull().default(""),
    /** Signed in with a password while their role requires two-factor they have not set up: enrolment only. */
    twoFactorEnrolmentRequired: integer("two_factor_enrolment_required", { mode: "boolean" }).notNull().default(false),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/**
 * A user's authenticator (TOTP) secret, AES-256-GCM encrypted with the key in the data folder. `enabledAt` is
 * null while enrolment awaits its first code; `lastUsedStep` is the time step of the last accepted code, so no
 * code works twice.
 */
export const twoFactorSecrets = sqliteTable("two_factor_secrets", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text("secret_encrypted").notNull(),
  enabledAt: text("enabled_at"),
  lastUsedStep: integer("last_used_step").notNull().default(0),
  createdAt: text("created_at").notNull(),
});

/** One-time recovery codes of a user's two-factor sign-in; only their SHA-256 is kept. */
export const twoFactorRecoveryCodes = sqliteTable(
  "two_factor_recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: text("used_at"),
  },
  (table) => [index("two_factor_recovery_codes_user_idx").on(table.userId)],
);

/**
 * A password sign-in waiting for its two-factor code: no session exists until the code is right. Only the
 * SHA-256 of the token the browser holds is kept; it expires after a few minutes and after a few wrong codes.
 */
export const twoFactorPendingLogins = sqliteTable(
  "two_factor_pending_logins",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    failedCodes: integer("failed_codes").notNull().default(0),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
  },
  (table) => [index("two_factor_pending_logins_user_idx").on(table.userId)],
);

/**
 * A one-time link to set a password: for a new user ("welcome") or after an administrator's reset ("reset").
 * Only the SHA-256 of the token is kept; a link is spent when used, revoked when a newer one replaces it.
 */
export const oneTimeLinks = sqliteTable(
  "one_time_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["welcome", "reset"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    revokedAt: text("revoked_at"),
    createdById: integer("created_by_id").references(() => users.id),
    createdAt: text("created_at").notNull(),
  },
  (table) => [uniqueIndex("one_time_links_token_unique").on(table.tokenHash), index("one_time_links_user_idx").on(table.userId)],
);

export const loginIpFailures = sqliteTable("login_ip_failures", {
  ip: text("ip").primaryKey(),
  failureCount: integer("failure_count").notNull().default(0),
  windowStartedAt: text("window_started_at").notNull(),
});

/** One failed sign-in, for the sliding-window throttle; `accountKey` is the lower-cased e-mail as typed, known or not. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    accountKey: text("account_key").notNull(),
    ip: text("ip").notNull(),
    occurredAt: text("occurred_at").notNull(),
  },
  (table) => [
    index("login_failures_account_idx").on(table.accountKey, table.occurredAt),
    index("login_failures_account_ip_idx").on(table.accountKey, table.ip, table.occurredAt),
  ],
);

/** A throttle on an account key: sign-in refused until `lockedUntil`; failures before it no longer count once it expires. */
export const loginThrottles = sqliteTable("login_throttles", {
  accountKey: text("account_key").primaryKey(),
  lockedUntil: text("locked_until").notNull(),
  lockCount: integer("lock_count").notNull().default(1),
});

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    occurredAt: text("occurred_at").notNull(),
    actorId: integer("actor_id"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    objectType: text("object_type"),
    objectId: text("object_id"),
    outcome: text("outcome", { enum: auditOutcomes }).notNull(),
    changes: text("changes"),
    ip: text("ip"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [
    index("audit_object_idx").on(table.objectType, table.objectId),
    index("audit_actor_idx").on(table.actorId),
    index("audit_occurred_idx").on(table.occurredAt),
    index("audit_action_idx").on(table.action),
  ],
);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

export const strategyGoals = sqliteTable("strategy_goals", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  focus: text("focus", { enum: focusAreas }).notNull(),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

export const zones = sqliteTable(
  "zones",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    theme: text("theme").notNull().default(""),
    purpose: text("purpose").notNull().default(""),
    strategyGoalId: integer("strategy_goal_id").references(() => strategyGoals.id),
    sponsorId: integer("sponsor_id").references(() => users.id),
    leadId: integer("lead_id").references(() => users.id),
    cadence: text("cadence").notNull().default(""),
    riskFrameKr: integer("risk_frame_kr").notNull().default(0),
    status: text("status", { enum: zoneStatuses }).notNull().default("active"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [uniqueIndex("zones_slug_unique").on(table.slug)],
);

export const projects = sqliteTable(
  "projects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    purpose: text("purpose", { enum: purposeTypes }).notNull(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    zoneId: integer("zone_id").references(() => zones.id),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => users.id),
    leadId: integer("lead_id")
      .notNull()
      .references(() => users.id),
    phase: text("phase", { enum: phases }).notNull().default("idea"),
    baselineStart: text("baseline_start"),
    baselineEnd: text("baseline_end"),
    forecastEnd: text("forecast_end"),
    approvedBudgetKr: integer("approved_budget_kr").notNull().default(0),
    spentKr: integer("spent_kr").notNull().default(0),
    priority: text("priority", { enum: priorities }).notNull().default("medium"),
    noSignificantRisks: integer("no_significant_risks", { mode: "boolean" }).notNull().default(false),
    closingLearning: text("closing_learning"),
    stopReason: text("stop_reason"),
    /**
     * The latest published status report (newest publication, then highest id) and its overall light and
     * publication time. Kept by database triggers on status_reports (migration 0012); never written by code.
     */
    latestReportId: integer("latest_report_id"),
    latestLight: text("latest_light", { enum: lights }),
    latestPublishedAt: text("latest_published_at"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("projects_code_unique").on(table.code),
    index("projects_latest_light_idx").on(table.latestLight),
    index("projects_department_idx").on(table.departmentId),
    index("projects_phase_idx").on(table.phase),
    index("projects_purpose_idx").on(table.purpose),
    index("projects_owner_idx").on(table.ownerId),
    index("projects_lead_idx").on(table.leadId),
    index("projects_zone_idx").on(table.zoneId),
  ],
);

export const projectGoals = sqliteTable(
  "project_goals",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    goalId: integer("goal_id")
      .notNull()
      .references(() => strategyGoals.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.goalId] }), index("project_goals_goal_idx").on(table.goalId)],
);

export const technologyTags = sqliteTable(
  "technology_tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
  },
  (table) => [uniqueIndex("technology_tags_name_unique").on(table.name)],
);

export const projectTags = sqliteTable(
  "project_tags",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => technologyTags.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.tagId] }), index("project_tags_tag_idx").on(table.tagId)],
);

export const statusReports = sqliteTable(
  "status_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    reportDate: text("report_date").notNull(),
    state: text("state", { enum: reportStates }).notNull().default("draft"),
    timeLight: text("time_light", { enum: lights }).notNull(),
    timeComment: text("time_comment").notNull().default(""),
    economyLight: text("economy_light", { enum: lights }).notNull(),
    economyComment: text("economy_comment").notNull().default(""),
    deliveryLight: text("delivery_light", { enum: lights }).notNull(),
    deliveryComment: text("delivery_comment").notNull().default(""),
    riskLight: text("risk_light", { enum: lights }).notNull(),
    riskComment: text("risk_comment").notNull().default(""),
    benefitsLight: text("benefits_light", { enum: lights }).notNull(),
    benefitsComment: text("benefits_comment").notNull().default(""),
    overallLight: text("overall_light", { enum: lights }).notNull(),
    overallComment: text("overall_comment").notNull().default(""),
    /** JSON: { [dimension]: { light, explanation } } as proposed when the report was written. */
    proposals: text("proposals").notNull().default("{}"),
    /** JSON: { [dimension]: reason } for every light that differs from its proposal. */
    overrideReasons: text("override_reasons").notNull().default("{}"),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    publishedAt: text("published_at"),
    publishedById: integer("published_by_id").references(() => users.id),
    /** "form" for a report written in the portal, "import" for a status colour read from an imported sheet. */
    source: text("source", { enum: ["form", "import"] }).notNull().default("form"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    index("status_reports_project_idx").on(table.projectId, table.state, table.reportDate),
    index("status_reports_published_idx").on(table.state, table.publishedAt),
    index("status_reports_latest_idx").on(table.projectId, table.state, table.publishedAt, table.id),
  ],
);

export const gateRequests = sqliteTable(
  "gate_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fromPhase: text("from_phase", { enum: phases }).notNull(),
    toPhase: text("to_phase", { enum: phases }).notNull(),
    status: text("status", { enum: gateStatuses }).notNull().default("pending"),
    requestComment: text("request_comment").notNull().default(""),
    /** JSON snapshot of the checklist when requested. */
    checklist: text("checklist").notNull().default("[]"),
    requestedById: integer("requested_by_id")
      .notNull()
      .references(() => users.id),
    requestedAt: text("requested_at").notNull(),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: text("decided_at"),
    decisionComment: text("decision_comment"),
  },
  (table) => [
    index("gate_requests_project_idx").on(table.projectId),
    index("gate_requests_status_idx").on(table.status),
  ],
);

export const risks = sqliteTable(
  "risks",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    category: text("category", { enum: riskCategories }).notNull(),
    probability: integer("probability").notNull(),
    consequence: integer("consequence").notNull(),
    action: text("action").notNull().default(""),
    ownerId: integer("owner_id").references(() => users.id),
    residualProbability: integer("residual_probability"),
    residualConsequence: integer("residual_consequence"),
    status: text("status", { enum: riskStatuses }).notNull().default("open"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    index("risks_project_idx").on(table.projectId),
    // Covers the heatmap's count per cell, before and after action.
    index("risks_status_idx").on(
      table.status,
      table.probability,
      table.consequence,
      table.residualProbability,
      table.residualConsequence,
      table.projectId,
    ),
  ],
);

export const involvements = sqliteTable(
  "involvements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    group: text("group", { enum: involvementGroups }).notNull(),
    form: text("form", { enum: involvementForms }).notNull(),
    summary: text("summary").notNull(),
    outcome: text("outcome").notNull().default(""),
    state: text("state", { enum: involvementStates }).notNull().default("planned"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [index("involvements_project_idx").on(table.projectId, table.group), index("involvements_group_idx").on(table.group)],
);

/** Every part of a benefit's path and its latest measurement is known. */
const benefitJudgeable = sql.raw(
  "latest_measured_on is not null and latest_measured_value is not null and baseline_value is not null and baseline_date is not null and target_value is not null and target_date is not null",
);
/**
 * The target path at the latest measurement's date, the signed gap to it, and deviation and achievement %
 * exactly as lib/domain/benefit-assessment.ts computes them (a test holds the two to each other).
 */
const expectedAtLatest = sql.raw(
  "case when latest_measured_on <= baseline_date then baseline_value when latest_measured_on >= target_date then target_value " +
    "when julianday(target_date) - julianday(baseline_date) <= 0 then target_value " +
    "else baseline_value + (julianday(latest_measured_on) - julianday(baseline_date)) / (julianday(target_date) - julianday(baseline_date)) * (target_value - baseline_value) end",
);
const directionSign = sql.raw("(case direction when 'up' then 1 else -1 end)");
const latestDeviationSql = sql`(case when not (${benefitJudgeable}) then null
  when abs(target_value - baseline_value) = 0 then (case when ${directionSign} * (latest_measured_value - (${expectedAtLatest})) >= 0 then 0.0 else -1e999 end)
  else ${directionSign} * (latest_measured_value - (${expectedAtLatest})) / abs(target_value - baseline_value) end)`;
const latestAchievementSql = sql`(case when not (${benefitJudgeable}) then null
  when target_value - baseline_value = 0 then (case when ${directionSign} * (latest_measured_value - target_value) >= 0 then 100.0 else 0.0 end)
  else (latest_measured_value - baseline_value) / (target_value - baseline_value) * 100 end)`;
/** The day the next measurement is due from: the latest measurement's date, else the baseline date. */
const measuredFrom = "coalesce(latest_measured_on, baseline_date)";
/**
 * When the next measurement falls due, as (month number + frequency) × 100 + day of month of measuredFrom, so that a
 * benefit is overdue exactly when this key is below today's month number × 100 + day (isMeasurementOverdue in
 * lib/domain/benefit-assessment.ts: addMonths keeps the day of month, or the month's last day when it is shorter).
 */
const measurementDueKeySql = sql.raw(
  `(case when ${measuredFrom} is null then null else (cast(substr(${measuredFrom}, 1, 4) as integer) * 12 + cast(substr(${measuredFrom}, 6, 2) as integer) ` +
    `+ measurement_frequency_months) * 100 + cast(substr(${measuredFrom}, 9, 2) as integer) end)`,
);

export const benefits = sqliteTable(
  "benefits",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    type: text("type", { enum: benefitTypes }).notNull(),
    ownerId: integer("owner_id").references(() => users.id),
    receivingDepartmentId: integer("receiving_department_id").references(() => departments.id),
    indicator: text("indicator").notNull().default(""),
    unit: text("unit").notNull().default(""),
    method: text("method").notNull().default(""),
    direction: text("direction", { enum: benefitDirections }).notNull().default("up"),
    baselineValue: real("baseline_value"),
    baselineDate: text("baseline_date"),
    targetValue: real("target_value"),
    targetDate: text("target_date"),
    annualValueKr: integer("annual_value_kr"),
    budgetTakeoutKr: integer("budget_takeout_kr"),
    budgetTakeoutYear: integer("budget_takeout_year"),
    budgetTakeoutConfirmed: integer("budget_takeout_confirmed", { mode: "boolean" }).notNull().default(false),
    status: text("status", { enum: benefitStatuses }).notNull().default("proposed"),
    measurementFrequencyMonths: integer("measurement_frequency_months").notNull().default(3),
    /** The latest measurement (latest date, then highest id). Kept by triggers on benefit_measurements (migration 0012). */
    latestMeasuredOn: text("latest_measured_on"),
    latestMeasuredValue: real("latest_measured_value"),
    /** The latest measurement's deviation from the target path and its achievement % (benefit-assessment.ts, in SQL). */
    latestDeviation: real("latest_deviation").generatedAlwaysAs(latestDeviationSql, { mode: "virtual" }),
    latestAchievementPercent: real("latest_achievement_percent").generatedAlwaysAs(latestAchievementSql, { mode: "virtual" }),
    measurementDueKey: integer("measurement_due_key").generatedAlwaysAs(measurementDueKeySql, { mode: "virtual" }),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  // The computed columns are read from these indexes instead of being worked out again for every row; each index that
  // starts with the status carries all three, whichever of them the planner picks.
  (table) => [
    index("benefits_project_idx").on(table.projectId, table.status, table.latestDeviation, table.latestAchievementPercent),
    index("benefits_owner_idx").on(table.ownerId),
    index("benefits_behind_idx").on(table.status, table.latestDeviation, table.projectId, table.measurementDueKey, table.latestAchievementPercent),
    index("benefits_due_idx").on(table.status, table.measurementDueKey, table.projectId, table.latestDeviation, table.latestAchievementPercent),
  ],
);

export const benefitMeasurements = sqliteTable(
  "benefit_measurements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    benefitId: integer("benefit_id")
      .notNull()
      .references(() => benefits.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    value: real("value").notNull(),
    comment: text("comment").notNull().default(""),
    recordedById: integer("recorded_by_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [index("benefit_measurements_benefit_idx").on(table.benefitId, table.date)],
);

export const benefitRebaselines = sqliteTable(
  "benefit_rebaselines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    benefitId: integer("benefit_id")
      .notNull()
      .references(() => benefits.id, { onDelete: "cascade" }),
    oldBaselineValue: real("old_baseline_value"),
    oldBaselineDate: text("old_baseline_date"),
    oldTargetValue: real("old_target_value"),
    oldTargetDate: text("old_target_date"),
    newBaselineValue: real("new_baseline_value").notNull(),
    newBaselineDate: text("new_baseline_date").notNull(),
    newTargetValue: real("new_target_value").notNull(),
    newTargetDate: text("new_target_date").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: rebaselineStatuses }).notNull().default("pending"),
    requestedById: integer("requested_by_id")
      .notNull()
      .references(() => users.id),
    requestedAt: text("requested_at").notNull(),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: text("decided_at"),
    decisionComment: text("decision_comment"),
  },
  (table) => [index("benefit_rebaselines_benefit_idx").on(table.benefitId), index("benefit_rebaselines_status_idx").on(table.status)],
);

export const projectChangeRequests = sqliteTable(
  "project_change_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** JSON: [{ field, oldValue, newValue }] with values as stored in `projects`. */
    changes: text("changes").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: changeRequestStatuses }).notNull().default("pending"),
    requestedById: integer("requested_by_id")
      .notNull()
      .references(() => users.id),
    requestedAt: text("requested_at").notNull(),
    decidedById: integer("decided_by_id").references(() => users.id),
    decidedAt: text("decided_at"),
    decisionComment: text("decision_comment"),
  },
  (table) => [
    index("project_change_requests_project_idx").on(table.projectId),
    index("project_change_requests_status_idx").on(table.status),
  ],
);

export const zoneMembers = sqliteTable(
  "zone_members",
  {
    zoneId: integer("zone_id")
      .notNull()
      .references(() => zones.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    isMedRepresentative: integer("is_med_representative", { mode: "boolean" }).notNull().default(false),
    addedAt: text("added_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [primaryKey({ columns: [table.zoneId, table.userId] }), index("zone_members_user_idx").on(table.userId)],
);

export const experiments = sqliteTable(
  "experiments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    zoneId: integer("zone_id")
      .notNull()
      .references(() => zones.id),
    projectId: integer("project_id").references(() => projects.id),
    title: text("title").notNull(),
    hypothesis: text("hypothesis").notNull().default(""),
    test: text("test").notNull().default(""),
    metric: text("metric").notNull().default(""),
    successCriterion: text("success_criterion").notNull().default(""),
    periodStart: text("period_start"),
    periodEnd: text("period_end"),
    moneyAtRiskKr: integer("money_at_risk_kr").notNull().default(0),
    technology: text("technology").notNull().default(""),
    radarRing: text("radar_ring", { enum: radarRings }).notNull().default("assess"),
    involvementPlanned: text("involvement_planned").notNull().default(""),
    state: text("state", { enum: experimentStates }).notNull().default("draft"),
    observation: text("observation").notNull().default(""),
    learning: text("learning").notNull().default(""),
    decision: text("decision", { enum: experimentDecisions }),
    evidenceStrength: text("evidence_strength", { enum: evidenceStrengths }),
    sharing: text("sharing", { enum: sharingLevels }).notNull().default("internal"),
    promotedProjectId: integer("promoted_project_id").references(() => projects.id),
    ideaId: integer("idea_id"),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    approvedById: integer("approved_by_id").references(() => users.id),
    approvedAt: text("approved_at"),
    finishedAt: text("finished_at"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    index("experiments_zone_idx").on(table.zoneId, table.state),
    index("experiments_state_idx").on(table.state),
    index("experiments_project_idx").on(table.projectId),
  ],
);

export const shareLinks = sqliteTable(
  "share_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull(),
    experimentId: integer("experiment_id").references(() => experiments.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
    revokedById: integer("revoked_by_id").references(() => users.id),
  },
  (table) => [
    uniqueIndex("share_links_token_unique").on(table.tokenHash),
    index("share_links_experiment_idx").on(table.experimentId),
    index("share_links_project_idx").on(table.projectId),
  ],
);

export const ideas = sqliteTable(
  "ideas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    departmentId: integer("department_id").references(() => departments.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    status: text("status", { enum: ideaStatuses }).notNull().default("new"),
    rejectionReason: text("rejection_reason"),
    zoneId: integer("zone_id").references(() => zones.id),
    experimentId: integer("experiment_id").references(() => experiments.id),
    projectId: integer("project_id").references(() => projects.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    index("ideas_status_idx").on(table.status, table.createdAt),
    index("ideas_created_idx").on(table.createdAt),
    index("ideas_author_idx").on(table.authorId),
    index("ideas_zone_idx").on(table.zoneId),
  ],
);

export const ideaVotes = sqliteTable(
  "idea_votes",
  {
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [primaryKey({ columns: [table.ideaId, table.userId] }), index("idea_votes_user_idx").on(table.userId)],
);

export const ideaComments = sqliteTable(
  "idea_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [index("idea_comments_idea_idx").on(table.ideaId, table.createdAt)],
);

export const inspirations = sqliteTable(
  "inspirations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    sourceKind: text("source_kind", { enum: inspirationSources }).notNull(),
    organisation: text("organisation").notNull().default(""),
    date: text("date").notNull(),
    link: text("link"),
    takeaway: text("takeaway").notNull(),
    zoneId: integer("zone_id").references(() => zones.id),
    projectId: integer("project_id").references(() => projects.id),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (table) => [
    index("inspirations_source_idx").on(table.sourceKind, table.date),
    index("inspirations_zone_idx").on(table.zoneId),
    index("inspirations_project_idx").on(table.projectId),
  ],
);

export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    date: text("date").notNull(),
    time: text("time").notNull().default("09:00"),
    location: text("location").notNull().default(""),
    status: text("status", { enum: meetingStatuses }).notNull().default("planned"),
    agendaPublishedAt: text("agenda_published_at"),
    agendaPublishedById: integer("agenda_published_by_id").references(() => users.id),
    minutesLockedAt: text("minutes_locked_at"),
    /** Set when a director starts the meeting before its scheduled time. */
    startedEarlyAt: text("started_early_at"),
    startedEarlyById: integer("started_early_by_id").references(() => users.id),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [index("meetings_date_idx").on(table.date)],
);

export const meetingParticipants = sqliteTable(
  "meeting_participants",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.userId] }), index("meeting_participants_user_idx").on(table.userId)],
);

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: agendaItemKinds }).notNull(),
    queueKind: text("queue_kind", { enum: queueKinds }),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    proposedDecision: text("proposed_decision").notNull().default(""),
    projectId: integer("project_id").references(() => projects.id),
    gateRequestId: integer("gate_request_id").references(() => gateRequests.id),
    rebaselineId: integer("rebaseline_id").references(() => benefitRebaselines.id),
    experimentId: integer("experiment_id").references(() => experiments.id),
    changeRequestId: integer("change_request_id").references(() => projectChangeRequests.id),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    index("agenda_items_meeting_idx").on(table.meetingId, table.position),
    index("agenda_items_gate_idx").on(table.gateRequestId),
    index("agenda_items_rebaseline_idx").on(table.rebaselineId),
    index("agenda_items_experiment_idx").on(table.experimentId),
    index("agenda_items_project_idx").on(table.projectId),
    index("agenda_items_change_request_idx").on(table.changeRequestId),
  ],
);

export const decisions = sqliteTable(
  "decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agendaItemId: integer("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    outcome: text("outcome", { enum: decisionOutcomes }).notNull(),
    text: text("text").notNull().default(""),
    recordedById: integer("recorded_by_id")
      .notNull()
      .references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
    /** JSON: the values a decision's effect replaced, so an undo can restore them. */
    effectSnapshot: text("effect_snapshot").notNull().default("{}"),
  },
  (table) => [uniqueIndex("decisions_item_unique").on(table.agendaItemId)],
);

/** A decision that was undone before the minutes were approved; it stays in the minutes and the history. */
export const undoneDecisions = sqliteTable(
  "undone_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    agendaItemId: integer("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    outcome: text("outcome", { enum: decisionOutcomes }).notNull(),
    text: text("text").notNull().default(""),
    recordedById: integer("recorded_by_id")
      .notNull()
      .references(() => users.id),
    recordedAt: text("recorded_at").notNull(),
    undoneById: integer("undone_by_id")
      .notNull()
      .references(() => users.id),
    undoneAt: text("undone_at").notNull(),
    reason: text("reason").notNull(),
    /** What could not be reversed automatically and must be undone by hand (Danish), or empty. */
    manualSteps: text("manual_steps").notNull().default(""),
  },
  (table) => [index("undone_decisions_item_idx").on(table.agendaItemId)],
);

export const minutesApprovals = sqliteTable(
  "minutes_approvals",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    directorId: integer("director_id")
      .notNull()
      .references(() => users.id),
    approvedAt: text("approved_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.directorId] })],
);

export const privateNotes = sqliteTable(
  "private_notes",
  {
    agendaItemId: integer("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.agendaItemId, table.userId] })],
);

/**
 * A person's identity at the single sign-on provider: the issuer and its stable subject, linked to one user
 * the first time they sign in (by verified e-mail or just-in-time creation) and matched by it from then on.
 */
export const ssoIdentities = sqliteTable(
  "sso_identities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    createdAt: text("created_at").notNull(),
    lastLoginAt: text("last_login_at"),
  },
  (table) => [uniqueIndex("sso_identities_subject_unique").on(table.issuer, table.subject), index("sso_identities_user_idx").on(table.userId)],
);

/**
 * One notification to one user, shown in the portal (the bell and /notifications) and sent by e-mail as the user
 * prefers. `dedupeKey` makes an event notify a user once (e.g. "overdue:status:12:2026-11"); `link` is a path
 * inside the portal.
 */
export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    link: text("link").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt: text("created_at").notNull(),
    readAt: text("read_at"),
  },
  (table) => [
    uniqueIndex("notifications_dedupe_unique").on(table.userId, table.dedupeKey),
    index("notifications_user_created_idx").on(table.userId, table.createdAt),
    index("notifications_user_unread_idx").on(table.userId, table.readAt),
  ],
);

/**
 * One searchable document per readable thing (project, benefit, experiment, learning card, outlook entry, idea,
 * zone, meeting, agenda item, person), written by database triggers on the source tables (migration
 * search-triggers), so every connection keeps it current. `visibility` says who may read it (lib/domain/search-types.ts);
 * `dirty` marks a document whose stemmed FTS5 entry (`search_index`, rowid = id) must be rewritten before the next
 * search, `deleted` one whose source is gone and whose entry must be removed.
 */
export const searchDocuments = sqliteTable(
  "search_documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type").notNull(),
    refId: integer("ref_id").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    visibility: text("visibility").notNull().default("all"),
    /** What the link needs besides the id: a project code, a zone slug, a meeting id. */
    linkKey: text("link_key").notNull().default(""),
    /** A short line under the title: the project, zone or meeting it belongs to. */
    context: text("context").notNull().default(""),
    dirty: integer("dirty", { mode: "boolean" }).notNull().default(true),
    deleted: integer("deleted", { mode: "boolean" }).notNull().default(false),
  },
  (table) => [
    uniqueIndex("search_documents_ref_unique").on(table.type, table.refId),
    index("search_documents_dirty_idx").on(table.id).where(sql`dirty = 1`),
  ],
);

/**
 * A user's own choice of how one kind of notification reaches them by e-mail. Only the choices a user has saved
 * are stored; a kind without a row follows the default of the user's role (lib/domain/mail-preferences.ts).
 */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    delivery: text("delivery", { enum: mailDeliveries }).notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind] })],
);

/**
 * The outgoing mail queue. A mail is written here in the transaction that caused it and sent by the delivery
 * worker, which retries with backoff until `next_attempt_at` and gives up (status failed) after a number of tries,
 * so a mail-server outage loses nothing. `source` and `source_id` say what it was made from.
 */
export const mailMessages = sqliteTable(
  "mail_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: mailStatuses }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    lastError: text("last_error"),
    source: text("source", { enum: mailSources }).notNull(),
    sourceId: integer("source_id"),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (table) => [
    index("mail_messages_due_idx").on(table.status, table.nextAttemptAt),
    index("mail_messages_source_idx").on(table.source, table.sourceId),
  ],
);

/**
 * The sent-log of digests: one row per user and period (e.g. "daily:2026-11-30", "weekly:2026-11-30"), written in
 * the same transaction as the digest's mail, so a restart or a second tick never sends a period twice.
 * `covered_until` is the end of the period's notifications; the next digest starts there.
 */
export const digestRuns = sqliteTable(
  "digest_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    frequency: text("frequency", { enum: digestFrequencies }).notNull(),
    periodKey: text("period_key").notNull(),
    coveredUntil: text("covered_until").notNull(),
    notificationCount: integer("notification_count").notNull().default(0),
    mailId: integer("mail_id").references(() => mailMessages.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("digest_runs_user_period_unique").on(table.userId, table.periodKey),
    index("digest_runs_user_frequency_idx").on(table.userId, table.frequency, table.coveredUntil),
  ],
);

/**
 * When a user last opened Mit overblik, for its "what changed since your last visit". `seenAt` is the start of
 * the current visit; `changesSince` the start of the previous one, so a reload within a visit keeps the list.
 */
export const overviewVisits = sqliteTable("overview_visits", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  seenAt: text("seen_at").notNull(),
  changesSince: text("changes_since"),
});

/** One backup attempt (nightly or `npm run backup`), for the administration's "last good backup". */
export const backupRuns = sqliteTable(
  "backup_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: ["nightly", "manual"] }).notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at"),
    ok: integer("ok", { mode: "boolean" }).notNull().default(false),
    folder: text("folder"),
    bytes: integer("bytes"),
    error: text("error"),
  },
  (table) => [index("backup_runs_started_idx").on(table.startedAt)],
);

// --- Portfolio import (projects and benefits from a spreadsheet) ---

/** An uploaded spreadsheet kept between the steps of an import (mapping, preview, apply); expires after 24 hours. */
export const importUploads = sqliteTable(
  "import_uploads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    uploadedById: integer("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    bytes: blob("bytes", { mode: "buffer" }).notNull(),
    /** JSON: the chosen sheets, column mapping and value choices (ImportSettings). */
    settings: text("settings").notNull().default("{}"),
    expiresAt: text("expires_at").notNull(),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (table) => [index("import_uploads_user_idx").on(table.uploadedById), index("import_uploads_expires_idx").on(table.expiresAt)],
);

/** A column mapping saved with a name, for next month's sheet. */
export const importMappings = sqliteTable(
  "import_mappings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** JSON: { projects: { field: header }, benefits: { field: header } }. */
    mapping: text("mapping").notNull(),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (table) => [uniqueIndex("import_mappings_name_unique").on(table.name)],
);

/** One applied import: who, when, which file, the mapping and the counts; rolled back as a whole within 7 days. */
export const importBatches = sqliteTable(
  "import_batches",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    importedById: integer("imported_by_id")
      .notNull()
      .references(() => users.id),
    importedAt: text("imported_at").notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    mapping: text("mapping").notNull(),
    /** JSON: { created, updated, unchanged, failed, skipped, statusReports, changeRequests }. */
    counts: text("counts").notNull(),
    rolledBackAt: text("rolled_back_at"),
    rolledBackById: integer("rolled_back_by_id").references(() => users.id),
  },
  (table) => [index("import_batches_imported_idx").on(table.importedAt)],
);

/** What one import batch wrote: the entity, created or updated, its values before and its version after. */
export const importBatchRows = sqliteTable(
  "import_batch_rows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    /** project | benefit | status_report | change_request */
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    /** created | updated */
    action: text("action").notNull(),
    /** The sheet row (1-based) it came from, for messages. */
    sheetRow: integer("sheet_row"),
    label: text("label").notNull().default(""),
    /** JSON of the changed columns' values before the import (updated rows only). */
    before: text("before"),
    /** The entity's version (or updated_at) right after the import, compared at rollback. */
    afterVersion: text("after_version").notNull(),
  },
  (table) => [index("import_batch_rows_batch_idx").on(table.batchId), index("import_batch_rows_entity_idx").on(table.entityType, table.entityId)],
);

/** The bytes of an uploaded file, once per content: stored at DATA_DIR/files/<first two hex digits>/<sha256>. */
export const storedFiles = sqliteTable("stored_files", {
  sha256: text("sha256").primaryKey(),
  size: integer("size").notNull(),
  /** The type detected from the content (lib/domain/file-types.ts), never the one the browser claimed. */
  mimeType: text("mime_type").notNull(),
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/**
 * A board paper (bilag) on an agenda item or a project. A replaced paper keeps its row; the new version points back to
 * it. `frozenAt` is set when the item's agenda is published; a frozen paper can be replaced but not deleted.
 */
export const attachments = sqliteTable(
  "attachments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sha256: text("sha256")
      .notNull()
      .references(() => storedFiles.sha256),
    fileName: text("file_name").notNull(),
    uploadedById: integer("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    agendaItemId: integer("agenda_item_id").references(() => agendaItems.id, { onDelete: "cascade" }),
    projectId: integer("project_id").references(() => projects.id, { onDelete: "cascade" }),
    version: integer("version").notNull().default(1),
    replacesAttachmentId: integer("replaces_attachment_id"),
    frozenAt: text("frozen_at"),
    deletedAt: text("deleted_at"),
  },
  (table) => [
    index("attachments_agenda_item_idx").on(table.agendaItemId),
    index("attachments_project_idx").on(table.projectId),
    index("attachments_replaces_idx").on(table.replacesAttachmentId),
  ],
);
