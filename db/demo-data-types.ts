import type { Phase, PurposeType, Role } from "../lib/codes";

export type DemoDepartment = {
  /** Unique short key used by users and projects below, e.g. "SOS". */
  key: string;
  name: string;
  shortName: string;
  kind: "area" | "staff_unit";
  /** e-mail of the responsible director (must be a DemoUser with role director). */
  directorEmail: string;
};

export type DemoUser = {
  name: string;
  /** lower-case, @egeby.dk */
  email: string;
  role: Role;
  /** DemoDepartment.key, or null for directors without a department */
  departmentKey: string | null;
  title: string;
};

export type DemoGoal = {
  key: string;
  title: string;
  description: string;
  focus: "efficiency" | "new_service" | "quality" | "communication";
};

export type DemoProject = {
  title: string;
  summary: string;
  purpose: PurposeType;
  departmentKey: string;
  ownerEmail: string;
  leadEmail: string;
  phase: Phase;
  /** Baseline start/end and forecast end as offsets in months from the seeding date (negative = past). */
  startMonths: number;
  endMonths: number;
  forecastEndMonths: number;
  approvedBudgetKr: number;
  spentKr: number;
  priority: "high" | "medium" | "low";
  tags: string[];
  goalKeys: string[];
  /** Year of the project code DIG-<year>-<nnn>. */
  codeYear: number;
};
