import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const timestamps = {
  createdAt: text("created_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

export const roles = ["director", "department_head", "staff", "admin"] as const;
export type Role = (typeof roles)[number];

export const departments = sqliteTable(
  "departments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    kind: text("kind", { enum: ["area", "staff_unit"] }).notNull(),
    responsibleDirectorId: integer("responsible_director_id"),
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
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const loginIpFailures = sqliteTable("login_ip_failures", {
  ip: text("ip").primaryKey(),
  failureCount: integer("failure_count").notNull().default(0),
  windowStartedAt: text("window_started_at").notNull(),
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
    outcome: text("outcome", { enum: ["success", "failure", "denied"] }).notNull(),
    changes: text("changes"),
    ip: text("ip"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [
    index("audit_object_idx").on(table.objectType, table.objectId),
    index("audit_actor_idx").on(table.actorId),
    index("audit_occurred_idx").on(table.occurredAt),
  ],
);

export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: text("updated_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

export const focusAreas = ["efficiency", "new_service", "quality", "communication"] as const;

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
    status: text("status", { enum: ["active", "closed"] }).notNull().default("active"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [uniqueIndex("zones_slug_unique").on(table.slug)],
);

export const phases = ["idea", "analysis", "trial", "implementation", "realisation", "closed", "stopped"] as const;
export type Phase = (typeof phases)[number];
export const purposeTypes = ["efficiency", "new_service", "quality", "communication", "compliance"] as const;
export type PurposeType = (typeof purposeTypes)[number];
export const priorities = ["high", "medium", "low"] as const;

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
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("projects_code_unique").on(table.code),
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
