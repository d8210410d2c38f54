import type { BenchGates } from "./seed-bench-portfolio";
import { addDays, at, inserter, weekdayOnOrBefore, type BenchContext, type BenchPeople, type BenchProject } from "./seed-bench-context";
import { parseDay } from "../lib/domain/dates";

const longDate = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const meetingTitle = (day: string) => `Koncernledelsesmøde ${longDate.format(parseDay(day))}`;
const location = "Rådhuset, direktionens mødelokale";

/**
 * Past board meetings every other week, each with an agenda (information, a gate decided in the meeting,
 * a red project, a decision), decisions, every director's approval and locked minutes; then one upcoming
 * meeting whose published agenda takes pending gates from the decision queue. Rows go in the order the
 * minutes-lock triggers allow: items and decisions first, approvals, then the lock.
 */
export function seedBenchMeetings(context: BenchContext, people: BenchPeople, projects: BenchProject[], gates: BenchGates): number {
  const { sql, random, today, counts } = context;
  const insertMeeting = inserter(sql, "meetings", [
    "title", "date", "time", "location", "status", "agenda_published_at", "agenda_published_by_id", "created_by_id", "created_at", "updated_at",
  ]);
  const insertParticipant = inserter(sql, "meeting_participants", ["meeting_id", "user_id"]);
  const insertItem = inserter(sql, "agenda_items", [
    "meeting_id", "position", "kind", "queue_kind", "title", "summary", "proposed_decision", "project_id", "gate_request_id", "created_at", "updated_at",
  ]);
  const insertDecision = inserter(sql, "decisions", ["agenda_item_id", "outcome", "text", "recorded_by_id", "recorded_at"]);
  const insertApproval = inserter(sql, "minutes_approvals", ["meeting_id", "director_id", "approved_at"]);
  const lock = sql.prepare("update meetings set status = 'minutes_approved', minutes_locked_at = @locked, updated_at = @locked where id = @id");
  const gateInfo = sql.prepare("select g.id, g.project_id as projectId, p.title from gate_requests g join projects p on p.id = g.project_id where g.id = ?");
  const moveGateDecision = sql.prepare("update gate_requests set decided_at = ?, requested_at = min(requested_at, ?) where id = ?");
  const active = projects.filter((project) => !["closed", "stopped"].includes(project.phase));
  const chair = people.chairId;

  for (let index = 0; index < counts.pastMeetings; index += 1) {
    const day = weekdayOnOrBefore(addDays(today, -14 * (counts.pastMeetings - index)));
    const meetingId = insertMeeting({
      title: meetingTitle(day),
      date: day,
      time: "09:00",
      location,
      status: "held",
      agenda_published_at: at(addDays(day, -7), "10:00"),
      agenda_published_by_id: chair,
      created_by_id: chair,
      created_at: at(addDays(day, -14), "09:00"),
      updated_at: at(day, "12:00"),
    });
    for (const directorId of people.directors) insertParticipant({ meeting_id: meetingId, user_id: directorId });
    const prepared = at(addDays(day, -8), "14:00");
    const decidedAt = at(day, "10:30");
    const items: { kind: string; queueKind: string | null; title: string; projectId: number | null; gateId: number | null; outcome: string }[] = [
      { kind: "information", queueKind: null, title: "Orientering om digitaliseringsstrategien", projectId: null, gateId: null, outcome: "noted" },
    ];
    const gateId = gates.decidedForMeetings[index];
    if (gateId !== undefined) {
      const gate = gateInfo.get(gateId) as { id: number; projectId: number; title: string };
      moveGateDecision.run(decidedAt, at(addDays(day, -10), "09:45"), gateId);
      items.push({ kind: "gate", queueKind: "gate", title: `Fasegodkendelse: ${gate.title}`, projectId: gate.projectId, gateId, outcome: "approved" });
    }
    const red = random.pick(active);
    items.push({ kind: "discussion", queueKind: "red_project", title: `Rød status: ${red.title}`, projectId: red.id, gateId: null, outcome: "adjusted" });
    items.push({ kind: "decision", queueKind: null, title: "Prioritering af næste års digitaliseringspulje", projectId: null, gateId: null, outcome: random.pick(["approved", "postponed"]) });
    items.forEach((item, position) => {
      const itemId = insertItem({
        meeting_id: meetingId,
        position: position + 1,
        kind: item.kind,
        queue_kind: item.queueKind,
        title: item.title,
        summary: "Sagen er forelagt direktionen til drøftelse.",
        proposed_decision: "Direktionen godkender indstillingen.",
        project_id: item.projectId,
        gate_request_id: item.gateId,
        created_at: prepared,
        updated_at: prepared,
      });
      insertDecision({ agenda_item_id: itemId, outcome: item.outcome, text: "Direktionen traf beslutning som indstillet.", recorded_by_id: chair, recorded_at: decidedAt });
    });
    let locked = "";
    people.directors.forEach((directorId, position) => {
      const approvedAt = at(addDays(day, 1 + (position % 3)), `${String(8 + position).padStart(2, "0")}:30`);
      if (approvedAt > locked) locked = approvedAt;
      insertApproval({ meeting_id: meetingId, director_id: directorId, approved_at: approvedAt });
    });
    lock.run({ locked, id: meetingId });
  }

  const upcomingDay = weekdayOnOrBefore(addDays(today, 9));
  const published = at(addDays(today, -1), "11:00");
  const upcomingId = insertMeeting({
    title: meetingTitle(upcomingDay),
    date: upcomingDay,
    time: "09:00",
    location,
    status: "planned",
    agenda_published_at: published,
    agenda_published_by_id: chair,
    created_by_id: chair,
    created_at: at(addDays(today, -5), "09:00"),
    updated_at: published,
  });
  for (const directorId of people.directors) insertParticipant({ meeting_id: upcomingId, user_id: directorId });
  gates.pending.slice(0, 6).forEach((gateId, position) => {
    const gate = gateInfo.get(gateId) as { id: number; projectId: number; title: string };
    insertItem({
      meeting_id: upcomingId,
      position: position + 1,
      kind: "gate",
      queue_kind: "gate",
      title: `Fasegodkendelse: ${gate.title}`,
      summary: "Projektet anmoder om at gå videre til næste fase.",
      proposed_decision: "Direktionen godkender overgangen.",
      project_id: gate.projectId,
      gate_request_id: gate.id,
      created_at: published,
      updated_at: published,
    });
  });
  return upcomingId;
}
