import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateBenefit } from "@/lib/services/benefits";
import { ValidationError } from "@/lib/services/errors";
import { benefitEditForm, benefitRow, lockedMessage, setPhase } from "./benefit-fixtures";
import { caught, fixedNow, insertBenefit, seedWorld, successAudit, type World } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const between = vi.hoisted(() => ({ run: null as (() => void) | null }));

// The receiving department is checked after the benefit and its project are read and before the write: the moment
// another request's gate approval would land.
vi.mock("@/lib/services/department-choice", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/services/department-choice")>();
  return {
    departmentChoiceError: (...args: Parameters<typeof actual.departmentChoiceError>) => {
      between.run?.();
      return actual.departmentChoiceError(...args);
    },
  };
});

const db = withTempDatabase();
let world: World;
let benefitId: number;

beforeEach(() => {
  between.run = null;
  world = seedWorld(db());
  benefitId = insertBenefit(db(), world.project.id, { receivingDepartmentId: world.deptA });
});

describe("the baseline lock of a benefit edit", () => {
  it("sees a gate approved after the project was read but before the write, refuses the baseline change and changes nothing", () => {
    const typed = benefitEditForm(db(), benefitId, { baselineValue: "45", title: "Ny titel" });
    between.run = () => {
      between.run = null;
      setPhase(db(), world.project.id, "trial");
    };
    const before = benefitRow(db(), benefitId);
    const error = caught(() => updateBenefit(world.lead, benefitId, typed, fixedNow));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ baselineValue: [lockedMessage] });
    expect(benefitRow(db(), benefitId)).toEqual(before);
    expect(successAudit(db(), "benefit.update")).toEqual([]);
  });

  it("still saves the baseline when the project stays in analysis", () => {
    updateBenefit(world.lead, benefitId, benefitEditForm(db(), benefitId, { baselineValue: "45" }), fixedNow);
    expect(benefitRow(db(), benefitId)).toMatchObject({ baselineValue: 45, version: 2 });
  });
});
