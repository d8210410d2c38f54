import "server-only";
import { and, eq, notInArray, sql } from "drizzle-orm";
import { gateRequests, ideas, projects, risks, users } from "@/db/schema";
import { decisionLeadDays, dueAfter, triageLeadDays, type InboxCandidate } from "@/lib/domain/inbox";
import { phaseLabels } from "@/lib/domain/labels";
import { HIGH_RISK_SCORE } from "@/lib/domain/risk-level";
import { formatDate } from "@/lib/format";
import { gateKey } from "./inbox-board";
import { prepared } from "./inbox-prepared";
import { departmentId$, type InboxContext } from "./inbox-context";

/** A department head's items for their department: risks without an action, ideas to triage, gates waiting. */

/** A high risk (score HIGH_RISK_SCORE or more) without an action is due for one this many days after it was registered. */
const riskActionLeadDays = 7;

/** Open high risks (probability × consequence ≥ HIGH_RISK_SCORE) without an action, on the department's running projects. */
export function risksWithoutAction({ db }: InboxContext, departmentId: number): InboxCandidate[] {
  return prepared(db, "risksWithoutAction", () =>
    db
      .select({ id: risks.id, title: risks.title, score: sql<number>`${risks.probability} * ${risks.consequence}`, createdAt: risks.createdAt, code: projects.code })
      .from(projects)
      .innerJoin(risks, eq(risks.projectId, projects.id))
      .where(
        and(
          eq(projects.departmentId, departmentId$),
          notInArray(projects.phase, ["closed", "stopped"]),
          // Unary plus: look risks up by the department's projects, not through the status index over every project.
          sql`+${risks.status} = 'open'`,
          sql`${risks.probability} * ${risks.consequence} >= ${sql.raw(String(HIGH_RISK_SCORE))}`,
          sql`trim(${risks.action}) = ''`,
        ),
      )
      .prepare(),
  )
    .all({ departmentId })
    .map((row) => ({
      kind: "risk_without_action",
      key: `risk:${row.id}`,
      title: `${row.title} (${row.code})`,
      why: () => `Risikoen har score ${row.score} (sandsynlighed × konsekvens) og intet tiltag.`,
      href: `/projects/${row.code}?tab=risks`,
      dueDate: dueAfter(row.createdAt, riskActionLeadDays),
    }));
}

/** A new idea for the department, waiting for triage. */
const ideaToTriage = and(eq(ideas.status, "new"), eq(ideas.departmentId, departmentId$));

const ideaKey = (id: number) => `idea:${id}`;

/** New ideas for the department, waiting for triage. */
export function ideasToTriage({ db }: InboxContext, departmentId: number): InboxCandidate[] {
  return prepared(db, "ideasToTriage", () =>
    db
      .select({ id: ideas.id, title: ideas.title, createdAt: ideas.createdAt, author: users.name })
      .from(ideas)
      .innerJoin(users, eq(users.id, ideas.authorId))
      .where(ideaToTriage)
      .prepare(),
  )
    .all({ departmentId })
    .map((row) => ({
      kind: "idea_triage",
      key: ideaKey(row.id),
      title: row.title,
      why: () => `${row.author} foreslog idéen ${formatDate(row.createdAt)}; den venter på en vurdering.`,
      href: `/ideas/${row.id}`,
      dueDate: dueAfter(row.createdAt, triageLeadDays),
    }));
}

/** The keys of ideasToTriage's items alone, for the menu's count (an idea's author always exists). */
export function ideaKeysToTriage({ db }: InboxContext, departmentId: number): string[] {
  return prepared(db, "ideaKeysToTriage", () => db.select({ id: ideas.id }).from(ideas).where(ideaToTriage).prepare())
    .all({ departmentId })
    .map((row) => ideaKey(row.id));
}

/** Gate requests on the department's projects still waiting for the board. */
export function departmentGatesWaiting({ db }: InboxContext, departmentId: number): InboxCandidate[] {
  return prepared(db, "departmentGatesWaiting", () =>
    db
      .select({ id: gateRequests.id, code: projects.code, title: projects.title, from: gateRequests.fromPhase, to: gateRequests.toPhase, requestedAt: gateRequests.requestedAt })
      .from(projects)
      .innerJoin(gateRequests, eq(gateRequests.projectId, projects.id))
      .where(and(eq(projects.departmentId, departmentId$), eq(gateRequests.status, "pending")))
      .prepare(),
  )
    .all({ departmentId })
    .map((row) => ({
      kind: "gate_waiting",
      key: gateKey(row.id),
      title: `${row.code} ${row.title}`,
      why: () => `Anmodningen om at gå fra ${phaseLabels[row.from]} til ${phaseLabels[row.to]} (${formatDate(row.requestedAt)}) venter på direktionens beslutning.`,
      href: `/projects/${row.code}#phase-heading`,
      dueDate: dueAfter(row.requestedAt, decisionLeadDays),
    }));
}
