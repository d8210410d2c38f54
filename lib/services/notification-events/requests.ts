import "server-only";
import type { DbOrTx } from "@/db";
import type { ControlledProjectField, Phase } from "@/lib/codes";
import { changeRequestFiledText, gateRequestedText } from "@/lib/domain/notification-texts";
import type { ActingUser } from "../guard";
import { recordNotifications } from "../notifications";
import { departmentHeadId, nameOf } from "./recipients";

/** "A gate request or change request in my department" (department_request): told to the department's head. */
type Project = { code: string; title: string; departmentId: number };

export function notifyGateRequested(tx: DbOrTx, actor: ActingUser, project: Project, gate: { id: number; fromPhase: Phase; toPhase: Phase }, now: Date): void {
  const headId = departmentHeadId(tx, project.departmentId);
  if (headId === null) return;
  const text = gateRequestedText(project, gate, nameOf(tx, actor.id));
  recordNotifications(tx, { userIds: [headId], exceptUserId: actor.id, kind: "department_request", ...text, dedupeKey: `request:gate:${gate.id}` }, now);
}

export function notifyChangeRequestFiled(tx: DbOrTx, actor: ActingUser, project: Project, request: { id: number; fields: ControlledProjectField[] }, now: Date): void {
  const headId = departmentHeadId(tx, project.departmentId);
  if (headId === null) return;
  const text = changeRequestFiledText(project, request.fields, nameOf(tx, actor.id));
  recordNotifications(tx, { userIds: [headId], exceptUserId: actor.id, kind: "department_request", ...text, dedupeKey: `request:change-request:${request.id}` }, now);
}
