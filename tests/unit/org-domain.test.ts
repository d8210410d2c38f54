import { describe, expect, it } from "vitest";
import { isDepartmentEmpty, shortNameFrom } from "@/lib/domain/departments";
import { isOnboardingFinished, nextOpenStep, parseOnboardingProgress, shouldOnboard } from "@/lib/domain/onboarding";
import { parseDanishNumber } from "@/lib/validation/common";
import { defaultSettings, formValueOf, settingAreas, settingDefinitions, settingKeysOf, type SettingKey } from "@/lib/domain/settings";

describe("setting definitions", () => {
  const keys = Object.keys(defaultSettings) as SettingKey[];

  it("every setting belongs to exactly one area, and its default lies inside its allowed range", () => {
    expect(settingAreas.flatMap(settingKeysOf).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const definition = settingDefinitions[key];
      expect(definition.explanation.length, key).toBeGreaterThan(10);
      if (definition.kind === "number") {
        const shown = Number(parseDanishNumber(formValueOf(key, defaultSettings[key])));
        expect(shown, key).toBeGreaterThanOrEqual(definition.min);
        expect(shown, key).toBeLessThanOrEqual(definition.max);
      }
    }
  });

  it("shows a fraction as its percentage", () => {
    expect(formValueOf("benefitTolerance", 0.1)).toBe("10");
    expect(formValueOf("benefitTolerance", 0.07)).toBe("7");
    expect(formValueOf("staleReportDays", 45)).toBe("45");
    expect(formValueOf("economyRedKr", 6_000_000)).toBe("6.000.000");
  });
});

describe("departments", () => {
  it("is empty only when nothing refers to it", () => {
    expect(isDepartmentEmpty({ users: 0, projects: 0, benefits: 0, ideas: 0 })).toBe(true);
    expect(isDepartmentEmpty({ users: 0, projects: 0, benefits: 0, ideas: 1 })).toBe(false);
  });

  it("makes a short name from the initials", () => {
    expect(shortNameFrom("Social og Sundhed")).toBe("SOS");
    expect(shortNameFrom("Børn og Unge")).toBe("BOU");
    expect(shortNameFrom("Økonomi")).toBe("ØKO");
    expect(shortNameFrom("Teknik-og-Miljø Forvaltning for Klima Borgere Erhverv Natur Veje Byer Data It")).toHaveLength(12);
  });
});

describe("onboarding progress", () => {
  it("reads unknown or broken progress as all open", () => {
    expect(parseOnboardingProgress(undefined)).toEqual({ municipality: "open", departments: "open", users: "open", goals: "open" });
    expect(parseOnboardingProgress("{not json")).toEqual(parseOnboardingProgress(undefined));
    expect(parseOnboardingProgress(JSON.stringify({ municipality: "done", users: "maybe" }))).toMatchObject({ municipality: "done", users: "open" });
  });

  it("is finished when every step is done or skipped, and sends only an admin of an installation without departments", () => {
    const progress = parseOnboardingProgress(JSON.stringify({ municipality: "done", departments: "skipped", users: "done" }));
    expect(isOnboardingFinished(progress)).toBe(false);
    expect(nextOpenStep(progress)).toBe("goals");
    expect(shouldOnboard("admin", true, progress)).toBe(true);
    expect(shouldOnboard("admin", false, progress)).toBe(false);
    expect(shouldOnboard("director", true, progress)).toBe(false);
    const finished = { ...progress, goals: "skipped" as const };
    expect(isOnboardingFinished(finished)).toBe(true);
    expect(shouldOnboard("admin", true, finished)).toBe(false);
  });
});
