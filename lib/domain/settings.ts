/** The adjustable rules of the portal and their defaults (DESIGN.md §2, Settings). */
export const defaultSettings = {
  municipalityName: "Kommunen",
  benefitTolerance: 0.1,
  staleReportDays: 45,
  sessionIdleHours: 12,
  sessionAbsoluteDays: 7,
  loginMaxFailures: 10,
  loginAccountMaxFailures: 30,
  loginWindowMinutes: 15,
  loginLockMinutes: 15,
  loginIpMaxFailures: 100,
  loginIpWindowMinutes: 15,
  timeYellowMonths: 1,
  timeRedMonths: 3,
  economyRedPercent: 10,
  economyRedKr: 6_000_000,
};

export type Settings = typeof defaultSettings;
export type SettingKey = keyof Settings;

/** Turns stored strings into typed settings, falling back to the default for anything unreadable. */
export function parseSettings(stored: Record<string, string>): Settings {
  const result: Settings = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as SettingKey[]) {
    const raw = stored[key];
    if (raw === undefined) continue;
    if (typeof defaultSettings[key] === "number") {
      const value = Number(raw);
      if (Number.isFinite(value) && value >= 0) (result as Record<string, unknown>)[key] = value;
    } else {
      (result as Record<string, unknown>)[key] = raw;
    }
  }
  return result;
}
