import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { meetingParticipants, users } from "@/db/schema";
import { createBenefit, updateBenefit } from "@/lib/services/benefits";
import { createExperiment } from "@/lib/services/experiments";
import { submitIdea, triageIdea } from "@/lib/services/ideas";
import { logInspiration } from "@/lib/services/inspirations";
import { createMeeting, updateMeeting } from "@/lib/services/meetings";
import { createProject } from "@/lib/services/projects";
import { createRisk, updateRisk } from "@/lib/services/risks";
import { addZoneMember, createZone, updateZone } from "@/lib/services/zones";
import { benefitEditForm } from "./benefit-fixtures";
import { expectFieldError, insertZone } from "./input-fixtures";
import { meetingValues, newMeeting, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { fixedNow, form, insertBenefit, projectCode } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;

/** No row has this id; neither does the largest id a form could send. */
const unknownIds = [99_999, Number.MAX_SAFE_INTEGER];

beforeEach(() => {
  world = seedMeetingWorld(db());
});

type Values = Record<string, string | number | (string | number)[]>;

const projectForm = (overrides: Values = {}) =>
  form({
    title: "Chatbot i Borgerservice",
    purpose: "new_service",
    departmentId: world.deptA,
    ownerId: world.headA.id,
    leadId: world.lead.id,
    approvedBudgetKr: "1.500.000",
    spentKr: "0",
    priority: "high",
    ...overrides,
  });

const benefitForm = (overrides: Values = {}) => form({ title: "Færre fald om natten", type: "quality", direction: "down", ...overrides });

const riskForm = (overrides: Values = {}) =>
  form({ title: "Personalet stoler ikke på alarmerne", category: "adoption", probability: 2, consequence: 2, ownerId: world.lead.id, status: "open", ...overrides });

const zoneForm = (overrides: Values = {}) =>
  form({ name: "Velfærdsteknologi", sponsorId: world.director.id, leadId: world.lead.id, riskFrameKr: "1.000.000", ...overrides });

const testCardForm = (zoneId: number, overrides: Values = {}) =>
  form({
    zoneId,
    title: "Faldsensorer på Egebo",
    hypothesis: "Vi tror at faldsensorer giver færre fald om natten.",
    test: "For at afprøve det vil vi sætte sensorer op i 20 boliger.",
    metric: "Antal fald om natten",
    successCriterion: "30 % færre fald",
    periodStart: "2026-03-01",
    periodEnd: "2026-05-31",
    moneyAtRiskKr: "400.000",
    technology: "Faldsensorer",
    radarRing: "trial",
    ...overrides,
  });

const inspirationForm = (overrides: Values = {}) =>
  form({ title: "OS2-konferencen", sourceKind: "kl_os2", organisation: "OS2", date: "2026-03-12", takeaway: "Fælles open source-moduler sparer os for at udvikle selv.", ...overrides });

describe.each(unknownIds)("an id that does not exist (%i) is a Danish field error, never a database error", (missing) => {
  it("in a project's department, owner, lead, zone and goals", () => {
    expectFieldError(db(), "departmentId", "Afdelingen findes ikke", () => createProject(world.director, projectForm({ departmentId: missing }), fixedNow));
    expectFieldError(db(), "ownerId", "Vælg en aktiv projektejer", () => createProject(world.director, projectForm({ ownerId: missing }), fixedNow));
    expectFieldError(db(), "leadId", "Vælg en aktiv projektleder", () => createProject(world.director, projectForm({ leadId: missing }), fixedNow));
    expectFieldError(db(), "zoneId", "Udviklingsrummet findes ikke", () => createProject(world.director, projectForm({ zoneId: missing }), fixedNow));
    expectFieldError(db(), "goalIds", "Et af de valgte mål findes ikke", () => createProject(world.director, projectForm({ goalIds: [world.goalId, missing] }), fixedNow));
  });

  it("in a benefit's owner and receiving department, created or edited", () => {
    expectFieldError(db(), "ownerId", "Vælg en aktiv gevinstejer", () => createBenefit(world.lead, projectCode, benefitForm({ ownerId: missing })));
    expectFieldError(db(), "receivingDepartmentId", "Afdelingen findes ikke", () => createBenefit(world.lead, projectCode, benefitForm({ receivingDepartmentId: missing })));
    const benefitId = insertBenefit(db(), world.project.id);
    expectFieldError(db(), "ownerId", "Vælg en aktiv gevinstejer", () => updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { ownerId: missing }), fixedNow));
    expectFieldError(db(), "receivingDepartmentId", "Afdelingen findes ikke", () =>
      updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { receivingDepartmentId: missing }), fixedNow),
    );
  });

  it("in a risk's owner, created or edited", () => {
    expectFieldError(db(), "ownerId", "Vælg en aktiv risikoejer", () => createRisk(world.lead, projectCode, riskForm({ ownerId: missing })));
    const riskId = createRisk(world.lead, projectCode, riskForm());
    expectFieldError(db(), "ownerId", "Vælg en aktiv risikoejer", () => updateRisk(world.lead, riskId, riskForm({ ownerId: missing, version: 1 }), fixedNow));
  });

  it("in a zone's sponsor, lead, strategy goal and members", () => {
    expectFieldError(db(), "sponsorId", "Sponsoren skal være en aktiv direktør", () => createZone(world.admin, zoneForm({ sponsorId: missing })));
    expectFieldError(db(), "leadId", "Rumlederen skal være en aktiv bruger, som ikke er administrator", () => createZone(world.admin, zoneForm({ leadId: missing })));
    expectFieldError(db(), "strategyGoalId", "Det strategiske mål findes ikke", () => createZone(world.admin, zoneForm({ strategyGoalId: missing })));
    const { slug } = createZone(world.admin, zoneForm());
    expectFieldError(db(), "leadId", "Rumlederen skal være en aktiv bruger, som ikke er administrator", () =>
      updateZone(world.admin, slug, zoneForm({ leadId: missing, status: "active", version: 1 }), fixedNow),
    );
    expectFieldError(db(), "userId", "Vælg en aktiv bruger", () => addZoneMember(world.admin, slug, form({ userId: missing })));
  });

  it("in an experiment's zone and project", () => {
    expectFieldError(db(), "zoneId", "Udviklingsrummet findes ikke", () => createExperiment(world.director, testCardForm(missing)));
    const zone = insertZone(db(), world.director, world.lead);
    expectFieldError(db(), "projectId", "Vælg et projekt i dette udviklingsrum", () => createExperiment(world.director, testCardForm(zone.id, { projectId: missing })));
  });

  it("in an idea's department and its triage zone", () => {
    expectFieldError(db(), "departmentId", "Afdelingen findes ikke", () =>
      submitIdea(world.staffB, form({ title: "Robotstøvsugere", description: "Robotstøvsugere på alle plejecentre.", departmentId: missing })),
    );
    const { id } = submitIdea(world.staffB, form({ title: "Robotstøvsugere", description: "Robotstøvsugere på alle plejecentre." }));
    expectFieldError(db(), "zoneId", "Vælg et aktivt udviklingsrum", () => triageIdea(world.director, id, form({ status: "to_experiment", zoneId: missing, version: 1 }), fixedNow));
  });

  it("in an inspiration's zone and project", () => {
    expectFieldError(db(), "zoneId", "Udviklingsrummet findes ikke", () => logInspiration(world.staffB, inspirationForm({ zoneId: missing })));
    expectFieldError(db(), "projectId", "Projektet findes ikke", () => logInspiration(world.staffB, inspirationForm({ projectId: missing })));
  });

  it("in a meeting's participants, created or edited", () => {
    const message = "Deltagerne skal være aktive direktører";
    expectFieldError(db(), "participantIds", message, () => createMeeting(world.director, form({ ...meetingValues, participantIds: [world.director.id, missing] })));
    const meetingId = newMeeting(world);
    expectFieldError(db(), "participantIds", message, () => updateMeeting(world.director, meetingId, form({ ...meetingValues, participantIds: [missing], version: 1 }), fixedNow));
  });
});

describe("meeting participants are active directors", () => {
  const message = "Deltagerne skal være aktive direktører";

  it("refuses a director who has left, and a department head, as participants", () => {
    expectFieldError(db(), "participantIds", message, () => createMeeting(world.director, form({ ...meetingValues, participantIds: [world.director.id, world.retiredDirector.id] })));
    expectFieldError(db(), "participantIds", message, () => createMeeting(world.director, form({ ...meetingValues, participantIds: [world.director.id, world.headA.id] })));
  });

  it("refuses a participant list of only the active directors when one of them has since been made a department head", () => {
    db().update(users).set({ role: "department_head", departmentId: world.deptA }).where(eq(users.id, world.director3.id)).run();
    const meetingId = newMeeting(world);
    expectFieldError(db(), "participantIds", message, () =>
      updateMeeting(world.director, meetingId, form({ ...meetingValues, participantIds: [world.director.id, world.director3.id], version: 1 }), fixedNow),
    );
    const participants = db().select({ id: meetingParticipants.userId }).from(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId)).all();
    expect(participants.map((row) => row.id).sort((a, b) => a - b)).toEqual([world.director.id, world.director2.id].sort((a, b) => a - b));
  });

  it("takes the chosen active directors", () => {
    const meetingId = createMeeting(world.director, form({ ...meetingValues, participantIds: [world.director2.id, world.director3.id] }));
    const participants = db().select({ id: meetingParticipants.userId }).from(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId)).all();
    expect(participants.map((row) => row.id).sort((a, b) => a - b)).toEqual([world.director2.id, world.director3.id].sort((a, b) => a - b));
  });
});
