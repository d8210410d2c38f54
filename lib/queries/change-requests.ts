import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db";
import { departments, projectChangeRequests, users } from "@/db/schema";
import { parseFieldChanges, type ControlledValue, type ControlledProjectField } from "@/lib/domain/controlled-fields";
import { controlledFieldLabels, phaseLabels } from "@/lib/domain/labels";
import { formatDate, formatKr } from "@/lib/format";

const requester = alias(users, "requester");
const decider = alias(users, "decider");

export type ChangeRequestView = {
  id: number;
  status: "pending" | "approved" | "rejected";
  reason: string;
  requestedByName: string;
  requestedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  changes: { field: ControlledProjectField; label: string; oldText: string; newText: string }[];
};

/** A project's change requests, newest first, with each value as the page shows it (names, kr., Danish dates). */
export function listChangeRequests(projectId: number): ChangeRequestView[] {
  const db = getDb();
  const rows = db
    .select({ request: projectChangeRequests, requestedByName: requester.name, decidedByName: decider.name })
    .from(projectChangeRequests)
    .innerJoin(requester, eq(requester.id, projectChangeRequests.requestedById))
    .leftJoin(decider, eq(decider.id, projectChangeRequests.decidedById))
    .where(eq(projectChangeRequests.projectId, projectId))
    .orderBy(desc(projectChangeRequests.requestedAt), desc(projectChangeRequests.id))
    .all();
  if (rows.length === 0) return [];
  const departmentNames = new Map(db.select({ id: departments.id, name: departments.name }).from(departments).all().map((row) => [row.id, row.name]));
  const userNames = new Map(db.select({ id: users.id, name: users.name }).from(users).all().map((row) => [row.id, row.name]));
  const display = (field: ControlledProjectField, value: ControlledValue): string => {
    if (value === null || value === "") return "–";
    switch (field) {
      case "approvedBudgetKr":
        return formatKr(Number(value));
      case "baselineStart":
      case "baselineEnd":
        return formatDate(String(value));
      case "departmentId":
        return departmentNames.get(Number(value)) ?? "Ukendt afdeling";
      case "ownerId":
        return userNames.get(Number(value)) ?? "Ukendt bruger";
      case "phase":
        return phaseLabels[value as keyof typeof phaseLabels] ?? String(value);
    }
  };
  return rows.map(({ request, requestedByName, decidedByName }) => ({
    id: request.id,
    status: request.status,
    reason: request.reason,
    requestedByName,
    requestedAt: request.requestedAt,
    decidedByName,
    decidedAt: request.decidedAt,
    decisionComment: request.decisionComment,
    changes: parseFieldChanges(request.changes).map((change) => ({
      field: change.field,
      label: controlledFieldLabels[change.field],
      oldText: display(change.field, change.oldValue),
      newText: display(change.field, change.newValue),
    })),
  }));
}
