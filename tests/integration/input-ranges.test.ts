import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { ideas, meetings, privateNotes } from "@/db/schema";
import { queueKey } from "@/lib/domain/meetings";
import { correctMeasurement, createBenefit, recordMeasurement, requestRebaseline } from "@/lib/services/benefits";
import { createExperiment } from "@/lib/services/experiments";
import { submitIdea } from "@/lib/services/ideas";
import { logInspiration } from "@/lib/services/inspirations";
import { createInvolvement } from "@/lib/services/involvements";
import { addQueueItem, createMeeting, savePrivateNote, updateMeeting } from "@/lib/services/meetings";
import { createProject } from "@/lib/services/projects";
import { createStatusReport } from "@/lib/services/status-reports";
import { createZone } from "@/lib/services/zones";
import { measurementForm, measurementRow, rebaselineForm } from "./benefit-fixtures";
import { dayRangeMessage, expectFieldError, insertZone, krRangeMessage, valueRangeMessage } from "./input-fixtures";
import { meetingValues, newMeeting, pendingGate, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { fixedNow, form, insertBenefit, projectCode } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: MeetingWorld;

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
    baselineStart: "2027-01-04",
    baselineEnd: "2027-09-30",
    approvedBudgetKr: "1.500.000",
    spentKr: "0",
    priority: "high",
    ...overrides,
  });

const benefitForm = (overrides: Values = {}) =>
  form({
    title: "Færre fald om natten",
    type: "economic_cash",
    direction: "down",
    baselineValue: "40",
    baselineDate: "2026-01-01",
    targetValue: "20",
    targetDate: "2027-12-31",
    annualValueKr: "450.000",
    ...overrides,
  });

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

const involvementForm = (overrides: Values = {}) =>
  form({ date: "2026-05-01", group: "med", form: "briefing", summary: "Orientering i MED-udvalget", state: "done", ...overrides });

const inspirationForm = (overrides: Values = {}) =>
  form({
    title: "OS2-konferencen",
    sourceKind: "kl_os2",
    organisation: "OS2",
    date: "2026-03-12",
    takeaway: "Fælles open source-moduler sparer os for at udvikle selv.",
    ...overrides,
  });

const greenReport = (overrides: Values = {}) =>
  form({
    reportDate: "2026-11-20",
    timeLight: "green",
    economyLight: "green",
    deliveryLight: "green",
    riskLight: "green",
    benefitsLight: "green",
    overallLight: "green",
    ...overrides,
  });

describe("dates between 01.01.2000 and 31.12.2100", () => {
  for (const day of ["1999-12-31", "2101-01-01"]) {
    it(`refuses ${day} as a meeting date, created or edited`, () => {
      expectFieldError(db(), "date", dayRangeMessage("Datoen"), () => createMeeting(world.director, form({ ...meetingValues, date: day })));
      const meetingId = newMeeting(world);
      expectFieldError(db(), "date", dayRangeMessage("Datoen"), () => updateMeeting(world.director, meetingId, form({ ...meetingValues, date: day, version: 1 })));
    });

    it(`refuses ${day} in a project's plan`, () => {
      expectFieldError(db(), "baselineStart", dayRangeMessage("Planlagt start"), () => createProject(world.director, projectForm({ baselineStart: day }), fixedNow));
      expectFieldError(db(), "baselineEnd", dayRangeMessage("Planlagt slut"), () => createProject(world.director, projectForm({ baselineEnd: day }), fixedNow));
      expectFieldError(db(), "forecastEnd", dayRangeMessage("Forventet slut"), () => createProject(world.director, projectForm({ forecastEnd: day }), fixedNow));
    });

    it(`refuses ${day} as a status report date`, () => {
      expectFieldError(db(), "reportDate", dayRangeMessage("Rapportdatoen"), () => createStatusReport(world.lead, projectCode, greenReport({ reportDate: day }), fixedNow));
    });

    it(`refuses ${day} as an involvement date`, () => {
      expectFieldError(db(), "date", dayRangeMessage("Datoen"), () => createInvolvement(world.lead, projectCode, involvementForm({ date: day })));
    });

    it(`refuses ${day} as an inspiration date`, () => {
      expectFieldError(db(), "date", dayRangeMessage("Datoen"), () => logInspiration(world.staffB, inspirationForm({ date: day })));
    });

    it(`refuses ${day} in an experiment's period`, () => {
      const zone = insertZone(db(), world.director, world.lead);
      expectFieldError(db(), "periodStart", dayRangeMessage("Startdatoen"), () => createExperiment(world.director, testCardForm(zone.id, { periodStart: day })));
      expectFieldError(db(), "periodEnd", dayRangeMessage("Slutdatoen"), () => createExperiment(world.director, testCardForm(zone.id, { periodEnd: day })));
    });

    it(`refuses ${day} in a benefit's baseline, target, measurement and re-baseline`, () => {
      expectFieldError(db(), "baselineDate", dayRangeMessage("Baselinedato"), () => createBenefit(world.lead, projectCode, benefitForm({ baselineDate: day })));
      expectFieldError(db(), "targetDate", dayRangeMessage("Måldato"), () => createBenefit(world.lead, projectCode, benefitForm({ targetDate: day })));
      const benefitId = insertBenefit(db(), world.project.id, { ownerId: world.otherStaff.id });
      expectFieldError(db(), "date", dayRangeMessage("Datoen"), () => recordMeasurement(world.otherStaff, benefitId, measurementForm({ date: day }), fixedNow));
      expectFieldError(db(), "newTargetDate", dayRangeMessage("Ny måldato"), () => requestRebaseline(world.lead, benefitId, rebaselineForm({ newTargetDate: day }), fixedNow));
      expectFieldError(db(), "newBaselineDate", dayRangeMessage("Ny baselinedato"), () => requestRebaseline(world.lead, benefitId, rebaselineForm({ newBaselineDate: day }), fixedNow));
    });
  }

  it("accepts the first and the last day of the range", () => {
    const first = createMeeting(world.director, form({ ...meetingValues, date: "2000-01-01" }));
    const last = createMeeting(world.director, form({ ...meetingValues, date: "2100-12-31" }));
    expect(db().select({ date: meetings.date }).from(meetings).where(eq(meetings.id, first)).get()!.date).toBe("2000-01-01");
    expect(db().select({ date: meetings.date }).from(meetings).where(eq(meetings.id, last)).get()!.date).toBe("2100-12-31");
  });
});

describe("amounts between 0 and 100.000.000.000 kr.", () => {
  const tooMuch = "100.000.000.001";

  it("refuses a project budget or spend above the range, and takes the top of the range", () => {
    expectFieldError(db(), "approvedBudgetKr", krRangeMessage("Godkendt budget"), () => createProject(world.director, projectForm({ approvedBudgetKr: tooMuch }), fixedNow));
    expectFieldError(db(), "spentKr", krRangeMessage("Forbrugt"), () => createProject(world.director, projectForm({ spentKr: "1e12" }), fixedNow));
    expectFieldError(db(), "approvedBudgetKr", "Godkendt budget kan ikke være under 0 kr.", () => createProject(world.director, projectForm({ approvedBudgetKr: "-1" }), fixedNow));
    const { code } = createProject(world.director, projectForm({ approvedBudgetKr: "100.000.000.000" }), fixedNow);
    expect(code).toMatch(/^DIG-2026-/);
  });

  it("refuses a zone's risk frame above the range", () => {
    expectFieldError(db(), "riskFrameKr", krRangeMessage("Risikorammen"), () => createZone(world.admin, zoneForm({ riskFrameKr: tooMuch })));
  });

  it("refuses an experiment's money at risk above the range", () => {
    const zone = insertZone(db(), world.director, world.lead);
    expectFieldError(db(), "moneyAtRiskKr", krRangeMessage("Beløbet på spil"), () => createExperiment(world.director, testCardForm(zone.id, { moneyAtRiskKr: tooMuch })));
  });

  it("refuses a benefit's annual value and budget take-out above the range", () => {
    expectFieldError(db(), "annualValueKr", krRangeMessage("Årlig værdi"), () => createBenefit(world.lead, projectCode, benefitForm({ annualValueKr: tooMuch })));
    expectFieldError(db(), "budgetTakeoutKr", krRangeMessage("Budgethjemtagning"), () =>
      createBenefit(world.lead, projectCode, benefitForm({ budgetTakeoutKr: tooMuch, budgetTakeoutYear: "2027" })),
    );
  });
});

describe("measured values within ±10¹²", () => {
  let benefitId: number;
  beforeEach(() => {
    benefitId = insertBenefit(db(), world.project.id, { ownerId: world.otherStaff.id });
  });

  for (const value of ["1000000000001", "-1e13", "1e308"]) {
    it(`refuses ${value} as a measurement, a baseline, a target and a re-baseline`, () => {
      expectFieldError(db(), "value", valueRangeMessage("Værdien"), () => recordMeasurement(world.otherStaff, benefitId, measurementForm({ value }), fixedNow));
      expectFieldError(db(), "baselineValue", valueRangeMessage("Baseline"), () => createBenefit(world.lead, projectCode, benefitForm({ baselineValue: value })));
      expectFieldError(db(), "targetValue", valueRangeMessage("Målet"), () => createBenefit(world.lead, projectCode, benefitForm({ targetValue: value })));
      expectFieldError(db(), "newBaselineValue", valueRangeMessage("Ny baseline"), () => requestRebaseline(world.lead, benefitId, rebaselineForm({ newBaselineValue: value }), fixedNow));
      expectFieldError(db(), "newTargetValue", valueRangeMessage("Nyt mål"), () => requestRebaseline(world.lead, benefitId, rebaselineForm({ newTargetValue: value }), fixedNow));
    });
  }

  for (const value of ["Infinity", "-Infinity", "NaN"]) {
    it(`refuses ${value}, which is no number`, () => {
      expectFieldError(db(), "value", /^Værdien skal/, () => recordMeasurement(world.otherStaff, benefitId, measurementForm({ value }), fixedNow));
    });
  }

  it("refuses a correction out of range and keeps the measurement", () => {
    const measurementId = recordMeasurement(world.otherStaff, benefitId, measurementForm({ value: "31" }), fixedNow);
    expectFieldError(db(), "value", valueRangeMessage("Værdien"), () => correctMeasurement(world.otherStaff, measurementId, measurementForm({ value: "2e12", version: 1 }), fixedNow));
    expect(measurementRow(db(), measurementId)).toMatchObject({ value: 31, version: 1 });
  });

  it("takes ±10¹² itself", () => {
    const high = recordMeasurement(world.otherStaff, benefitId, measurementForm({ value: "1.000.000.000.000" }), fixedNow);
    const low = recordMeasurement(world.otherStaff, benefitId, measurementForm({ value: "-1000000000000" }), fixedNow);
    expect(measurementRow(db(), high)!.value).toBe(1e12);
    expect(measurementRow(db(), low)!.value).toBe(-1e12);
  });
});

describe("control characters", () => {
  it("never reach the database from a form: NUL and escape are stripped, line breaks and tabs kept", () => {
    const { id } = submitIdea(world.staffB, form({ title: "Robot\u0000støvsugere\u001b", description: "Linje et\r\nLinje\u0007 to\tmed tabulator" }));
    expect(db().select({ title: ideas.title, description: ideas.description }).from(ideas).where(eq(ideas.id, id)).get()).toEqual({
      title: "Robotstøvsugere",
      description: "Linje et\r\nLinje to\tmed tabulator",
    });
  });

  it("never reach the database from a plain object either", () => {
    const meetingId = createMeeting(world.director, { ...meetingValues, title: "Koncern\u0000ledelsesmøde", location: "Rådhuset\u007f" });
    expect(db().select({ title: meetings.title, location: meetings.location }).from(meetings).where(eq(meetings.id, meetingId)).get()).toEqual({
      title: "Koncernledelsesmøde",
      location: "Rådhuset",
    });
  });

  it("are stripped from a private note, which keeps its lines", () => {
    const gateId = pendingGate(db(), world);
    const meetingId = newMeeting(world);
    const itemId = addQueueItem(world.director, meetingId, form({ key: queueKey("gate", gateId) }));
    savePrivateNote(world.director, itemId, form({ body: "Spørg til\u0000 DPIA\nog budget" }), fixedNow);
    expect(db().select({ body: privateNotes.body }).from(privateNotes).get()!.body).toBe("Spørg til DPIA\nog budget");
  });
});
