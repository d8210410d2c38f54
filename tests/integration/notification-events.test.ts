import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { departments, projectChangeRequests, projects } from "@/db/schema";
import { queueKey } from "@/lib/domain/meetings";
import { decideRebaseline } from "@/lib/services/benefits";
import { decideChangeRequest, fileChangeRequest } from "@/lib/services/change-requests";
import { approveExperiment, promoteExperiment, rejectExperiment } from "@/lib/services/experiments";
import { decideGate } from "@/lib/services/gates";
import { commentOnIdea, submitIdea, triageIdea } from "@/lib/services/ideas";
import { createShareLink } from "@/lib/services/learnings";
import { addQueueItem, publishAgenda, recordDecision } from "@/lib/services/meetings";
import { newMeeting, pendingGate, pendingRebaseline, publishRedReport, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { insertExperiment, insertZone, notificationsFor, notificationsOf, recipientsOf, sortedIds } from "./notification-fixtures";
import { fixedNow, form, projectCode } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;

beforeEach(() => {
  world = seedMeetingWorld(db());
});

const addItem = (meetingId: number, key: string) => addQueueItem(world.director, meetingId, form({ key }));

describe("an agenda published", () => {
  it("tells every participating director but the one who published it, once per publication", () => {
    const meetingId = newMeeting(world);
    publishAgenda(world.director, meetingId, fixedNow);

    expect(recipientsOf(db(), "agenda_published")).toEqual(sortedIds(world.director2.id, world.director3.id));
    const [first] = notificationsOf(db(), "agenda_published");
    expect(first).toMatchObject({ title: "Dagsorden udsendt: Koncernledelsesmøde december", link: `/meetings/${meetingId}` });

    publishAgenda(world.director, meetingId, new Date(fixedNow.getTime() + 60_000));
    const all = notificationsOf(db(), "agenda_published");
    expect(all).toHaveLength(4);
    expect(all.slice(2).map((row) => row.title)).toEqual(["Dagsorden opdateret: Koncernledelsesmøde december", "Dagsorden opdateret: Koncernledelsesmøde december"]);
  });

  it("tells only the chosen participants, never the inactive or the non-directors", () => {
    const meetingId = newMeeting(world, [world.director.id, world.director3.id]);
    publishAgenda(world.director, meetingId, fixedNow);
    expect(recipientsOf(db(), "agenda_published")).toEqual([world.director3.id]);
  });
});

describe("gate requests", () => {
  it("a request tells the head of the project's department once; the decision tells owner and lead, not the director", () => {
    const requestId = pendingGate(db(), world);
    expect(recipientsOf(db(), "department_request")).toEqual([world.headA.id]);
    expect(notificationsOf(db(), "department_request")[0]).toMatchObject({
      title: "Ny anmodning om fasegodkendelse: Faldsensorer i plejeboliger",
      link: `/projects/${projectCode}`,
    });

    decideGate(world.director, requestId, form({ decision: "approved", comment: "God analyse" }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id));
    expect(notificationsOf(db(), "decision_made")[0]).toMatchObject({ title: "Fasegodkendelse godkendt: Faldsensorer i plejeboliger" });
    expect(notificationsFor(db(), world.director.id)).toEqual([]);
  });

  it("a head chosen on the department is told instead of the department's first head", () => {
    db().update(departments).set({ headUserId: world.headB.id }).where(eq(departments.id, world.deptA)).run();
    pendingGate(db(), world);
    expect(recipientsOf(db(), "department_request")).toEqual([world.headB.id]);
  });

  it("a gate decided in a board meeting notifies each person once, and the minutes become ready for the other directors", () => {
    const requestId = pendingGate(db(), world);
    const meetingId = newMeeting(world);
    const itemId = addItem(meetingId, queueKey("gate", requestId));

    recordDecision(world.director2, itemId, form({ outcome: "approved", text: "Godkendt som indstillet." }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id));
    expect(recipientsOf(db(), "minutes_ready")).toEqual(sortedIds(world.director.id, world.director3.id));
    expect(notificationsOf(db(), "minutes_ready")[0]).toMatchObject({ link: `/meetings/${meetingId}/minutes` });
  });

  it("a postponed gate is a decision on the project too, told once through the meeting", () => {
    const requestId = pendingGate(db(), world);
    const meetingId = newMeeting(world);
    const itemId = addItem(meetingId, queueKey("gate", requestId));
    recordDecision(world.director, itemId, form({ outcome: "postponed", text: "Afventer økonomien." }), fixedNow);

    const told = notificationsOf(db(), "decision_made");
    expect(told.map((row) => row.userId).sort((a, b) => a - b)).toEqual(sortedIds(world.owner.id, world.lead.id));
    expect(told[0].body).toContain("Udsat");
  });
});

describe("the minutes", () => {
  it("are announced to each participating director exactly once, however many decisions follow", () => {
    publishRedReport(db(), world);
    const requestId = pendingGate(db(), world);
    const meetingId = newMeeting(world);
    const red = addItem(meetingId, queueKey("red_project", world.project.id));
    const gate = addItem(meetingId, queueKey("gate", requestId));

    recordDecision(world.director, red, form({ outcome: "adjusted", text: "Ny plan i januar." }), fixedNow);
    recordDecision(world.director2, gate, form({ outcome: "approved", text: "" }), fixedNow);
    expect(recipientsOf(db(), "minutes_ready")).toEqual(sortedIds(world.director.id, world.director2.id, world.director3.id));
  });
});

describe("change requests", () => {
  const reason = "Leverandøren er forsinket, og budgettet skal følge med";

  it("filing tells the department head; the decision tells owner, lead and the requester, never with the amount in the title", () => {
    const id = fileChangeRequest(world.owner, projectCode, form({ approvedBudgetKr: "2.500.000", reason }), fixedNow);
    expect(recipientsOf(db(), "department_request")).toEqual([world.headA.id]);
    const filed = notificationsOf(db(), "department_request")[0];
    expect(filed.title).toBe("Ny ændringsanmodning: Faldsensorer i plejeboliger");
    expect(filed.body).toContain("godkendt budget");
    expect(filed.body).not.toMatch(/2[.]?500/);

    decideChangeRequest(world.director, id, form({ decision: "rejected", comment: "Ikke nu" }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id));
    expect(notificationsOf(db(), "decision_made").every((row) => !/\d/.test(row.title))).toBe(true);
  });

  it("a request decided in a meeting notifies once, and the head who filed it is told of the decision", () => {
    const id = fileChangeRequest(world.headA, projectCode, form({ baselineEnd: "2027-06-30", reason }), fixedNow);
    expect(recipientsOf(db(), "department_request")).toEqual([]);
    const meetingId = newMeeting(world);
    const itemId = addItem(meetingId, queueKey("change_request", id));
    recordDecision(world.director, itemId, form({ outcome: "approved", text: "Godkendt" }), fixedNow);

    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id, world.headA.id));
    expect(db().select().from(projectChangeRequests).where(eq(projectChangeRequests.id, id)).get()!.status).toBe("approved");
  });

  it("an approved change of owner tells the new owner too", () => {
    const id = fileChangeRequest(world.lead, projectCode, form({ ownerId: world.otherStaff.id, reason }), fixedNow);
    decideChangeRequest(world.director, id, form({ decision: "approved", comment: "" }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id, world.otherStaff.id));
  });
});

describe("re-baselines", () => {
  it("the decision tells the project's owner and lead and the benefit's owner, once each", () => {
    const { rebaselineId } = pendingRebaseline(db(), world);
    decideRebaseline(world.director, rebaselineId, form({ decision: "approved", comment: "" }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id, world.headA.id));
    expect(notificationsOf(db(), "decision_made")[0]).toMatchObject({ title: "Ny baseline godkendt: Færre faldskader", link: `/projects/${projectCode}?tab=benefits` });
  });

  it("through a meeting: once each as well", () => {
    const { rebaselineId } = pendingRebaseline(db(), world);
    const meetingId = newMeeting(world);
    recordDecision(world.director, addItem(meetingId, queueKey("rebaseline", rebaselineId)), form({ outcome: "rejected", text: "Hold målet" }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.owner.id, world.lead.id, world.headA.id));
  });
});

describe("experiments", () => {
  it("the sponsor's approval tells the creator and the zone lead; a rejection likewise", () => {
    const zoneId = insertZone(db(), world.director.id, world.otherStaff.id);
    const approved = insertExperiment(db(), zoneId, world.lead.id, { state: "awaiting_approval" });
    const rejected = insertExperiment(db(), zoneId, world.lead.id, { state: "awaiting_approval", title: "Chatbot" });

    approveExperiment(world.director, approved, fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.lead.id, world.otherStaff.id));
    rejectExperiment(world.director, rejected, form({ reason: "For stor risiko i år" }), fixedNow);
    const last = notificationsOf(db(), "decision_made").slice(2);
    expect(last.map((row) => row.userId).sort((a, b) => a - b)).toEqual(sortedIds(world.lead.id, world.otherStaff.id));
    expect(last[0]).toMatchObject({ title: "Forsøg afvist: Chatbot", link: `/experiments/${rejected}` });
  });

  it("a board approval in a meeting tells each once, and so does Skalér making a project of an experiment", () => {
    const zoneId = insertZone(db(), world.director.id, world.otherStaff.id);
    const waiting = insertExperiment(db(), zoneId, world.lead.id, { state: "awaiting_approval" });
    const meetingId = newMeeting(world);
    recordDecision(world.director2, addItem(meetingId, queueKey("experiment_approval", waiting)), form({ outcome: "approved", text: "" }), fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.lead.id, world.otherStaff.id));

    const scaled = insertExperiment(db(), zoneId, world.lead.id, { state: "finished", decision: "scale", title: "Skærmbesøg" });
    promoteExperiment(world.director, scaled, form({ departmentId: world.deptA, purpose: "quality", approvedBudgetKr: "300000", owner: "self" }), fixedNow);
    const promoted = notificationsOf(db(), "decision_made").slice(2);
    expect(promoted.map((row) => row.userId).sort((a, b) => a - b)).toEqual(sortedIds(world.lead.id, world.otherStaff.id));
    expect(promoted[0].title).toBe("Forsøg skaleret: Skærmbesøg");
    expect(promoted[0].link).toMatch(/^\/projects\/DIG-\d{4}-\d{3}$/);
  });

  it("a board decision to scale also tells the zone's sponsor, whom it makes the new project's owner", () => {
    const zoneId = insertZone(db(), world.director.id, world.otherStaff.id);
    const scaled = insertExperiment(db(), zoneId, world.lead.id, { state: "finished", decision: "scale", title: "Skærmbesøg" });
    const meetingId = newMeeting(world);
    const decision = form({ outcome: "approved", text: "", departmentId: world.deptA, purpose: "quality", approvedBudgetKr: "300000" });
    recordDecision(world.director2, addItem(meetingId, queueKey("experiment_scale", scaled)), decision, fixedNow);
    expect(recipientsOf(db(), "decision_made")).toEqual(sortedIds(world.director.id, world.lead.id, world.otherStaff.id));
  });
});

describe("ideas", () => {
  it("triage and others' comments tell the author; their own comment does not", () => {
    const { id } = submitIdea(world.otherStaff, form({ title: "Robotstøvsugere", description: "Robotter støvsuger om natten." }));
    triageIdea(world.director, id, form({ status: "rejected", reason: "Ikke i år", version: 1 }), fixedNow);
    commentOnIdea(world.otherStaff, id, form({ body: "Tak for svaret" }), fixedNow);
    commentOnIdea(world.headA, id, form({ body: "Vi kan prøve det i Social og Sundhed" }), fixedNow);

    const told = notificationsOf(db(), "idea_update");
    expect(told.map((row) => row.userId)).toEqual([world.otherStaff.id, world.otherStaff.id]);
    expect(told[0]).toMatchObject({ title: "Din idé er vurderet: Robotstøvsugere", link: `/ideas/${id}` });
    expect(told[0].body).toContain("Ikke i år");
    expect(told[1].body).toBe("Hanne Chef A har kommenteret din idé.");
  });

  it("the author triaging their own idea is not told", () => {
    const { id } = submitIdea(world.director, form({ title: "Fælles booking", description: "Et bookingsystem for alle mødelokaler." }));
    triageIdea(world.director, id, form({ status: "reviewing", version: 1 }), fixedNow);
    expect(notificationsOf(db(), "idea_update")).toEqual([]);
  });
});

describe("share links", () => {
  it("a link to the learning of an experiment in my project tells its creator and the project's owner and lead, not the one who made it", () => {
    const zoneId = insertZone(db(), world.director.id, world.otherStaff.id);
    db().update(projects).set({ zoneId }).where(eq(projects.id, world.project.id)).run();
    const experimentId = insertExperiment(db(), zoneId, world.lead.id, {
      state: "finished",
      sharing: "public",
      projectId: world.project.id,
      learning: "Sensorerne virker, når personalet er med fra starten.",
    });
    const { id } = createShareLink(world.otherStaff, { kind: "experiment", id: experimentId }, fixedNow);

    expect(recipientsOf(db(), "share_link_created")).toEqual(sortedIds(world.owner.id, world.lead.id));
    expect(notificationsOf(db(), "share_link_created")[0]).toMatchObject({
      title: "Delingslink oprettet: Faldsensorer på Egebo",
      link: `/learnings/experiment/${experimentId}`,
      dedupeKey: `share-link:${id}`,
    });
  });
});
