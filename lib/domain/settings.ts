import { roles, type Role } from "@/lib/codes";
import { roleLabels } from "./role-labels";
import { parseRequiredRoles } from "./two-factor";

/** The adjustable rules of the portal and their defaults (edited on /admin/settings). */
export const defaultSettings = {
  municipalityName: "Kommunen",
  benefitTolerance: 0.1,
  measurementCorrectionDays: 7,
  staleReportDays: 45,
  sessionIdleHours: 12,
  sessionAbsoluteDays: 7,
  loginMaxFailures: 10,
  loginAccountMaxFailures: 30,
  loginWindowMinutes: 15,
  loginLockMinutes: 15,
  loginIpMaxFailures: 100,
  loginIpWindowMinutes: 15,
  /** Role codes, comma-separated, that must use two-factor sign-in (older values may name Danish labels); empty: nobody is forced. */
  requireTwoFactorRoles: "",
  timeYellowMonths: 1,
  timeRedMonths: 3,
  economyRedPercent: 10,
  economyRedKr: 6_000_000,
  /** On/off settings are stored as 1 (on) or 0 (off). */
  ssoJustInTime: 0,
  ssoGroupRoles: "",
  passwordLoginAdminsOnly: 0,
  backupHour: 2,
  backupKeepDaily: 7,
  backupKeepWeekly: 4,
  backupKeepMonthly: 12,
  /** The largest board paper (bilag) that may be uploaded, in MB. */
  paperMaxSizeMb: 25,
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

/** The form areas the settings are grouped in, in the order the form shows them. */
export const settingAreas = ["municipality", "status", "benefits", "security", "sso", "operations"] as const;
export type SettingArea = (typeof settingAreas)[number];

export const settingAreaLabels: Record<SettingArea, string> = {
  municipality: "Kommune",
  status: "Status og It-råd",
  benefits: "Gevinster",
  security: "Sikkerhed og sessioner",
  sso: "Single sign-on",
  operations: "Drift",
};

type TextDefinition = { kind: "text"; area: SettingArea; label: string; explanation: string; minLength: number; maxLength: number };
type NumberDefinition = {
  kind: "number";
  area: SettingArea;
  label: string;
  explanation: string;
  /** The unit the form shows and the range it accepts, in form units. */
  unit: string;
  min: number;
  max: number;
  /** Whole numbers only (false: up to `decimals` decimals). */
  integer: boolean;
  /** Stored value = form value ÷ scale (a percentage stored as a fraction has scale 100). */
  scale: number;
};
/** A setting that is on (stored 1) or off (stored 0), shown as a check box. */
type SwitchDefinition = { kind: "switch"; area: SettingArea; label: string; explanation: string };
/** A choice of roles, stored as their codes separated by commas, shown as one check box per role. */
type RolesDefinition = { kind: "roles"; area: SettingArea; label: string; explanation: string };
export type SettingDefinition = TextDefinition | NumberDefinition | SwitchDefinition | RolesDefinition;

const count = (area: SettingArea, label: string, unit: string, min: number, max: number, explanation: string): NumberDefinition => ({
  kind: "number",
  area,
  label,
  unit,
  min,
  max,
  integer: true,
  scale: 1,
  explanation,
});

/** Every setting with its label, unit, allowed range and a one-line Danish explanation. */
export const settingDefinitions: Record<SettingKey, SettingDefinition> = {
  municipalityName: {
    kind: "text",
    area: "municipality",
    label: "Kommunens navn",
    minLength: 2,
    maxLength: 80,
    explanation: "Vises i sidehovedet, på login-siden, på referater og på delekort.",
  },
  timeYellowMonths: count("status", "Tid: gul ved forsinkelse på", "måneder", 0, 24, "Forventet slut så mange måneder efter baseline giver forslaget gul for tid."),
  timeRedMonths: count("status", "Tid: rød ved forsinkelse over", "måneder", 1, 36, "Forventet slut mere end så mange måneder efter baseline giver forslaget rød for tid."),
  economyRedPercent: count("status", "Økonomi: rød ved overskridelse over", "%", 1, 100, "En overskridelse af det godkendte budget over denne procentdel giver forslaget rød for økonomi."),
  economyRedKr: count("status", "Økonomi: rød ved overskridelse over", "kr.", 100_000, 1_000_000_000, "En overskridelse over dette beløb giver forslaget rød for økonomi, uanset procenten."),
  staleReportDays: count("status", "Statusrapport forældet efter", "dage", 7, 365, "Et projekt uden offentliggjort statusrapport i så mange dage vises som forældet."),
  benefitTolerance: {
    kind: "number",
    area: "benefits",
    label: "Tolerance for gevinster",
    unit: "%",
    min: 1,
    max: 50,
    integer: true,
    scale: 100,
    explanation: "Afvigelse fra målkurven inden for tolerancen er I rute, op til det dobbelte Følg med, derudover Afvigelse.",
  },
  measurementCorrectionDays: count("benefits", "Rettevindue for målinger", "dage", 0, 90, "Den, der har registreret en måling, kan rette eller slette den i så mange dage; derefter kun med en ny måling."),
  sessionIdleHours: count("security", "Log ud efter inaktivitet", "timer", 1, 72, "En session uden aktivitet i så mange timer afsluttes."),
  sessionAbsoluteDays: count("security", "Længste session", "dage", 1, 30, "En session afsluttes senest så mange dage efter login, uanset aktivitet."),
  loginMaxFailures: count("security", "Fejlede logins fra samme adresse pr. konto", "forsøg", 3, 50, "Så mange fejlede logins på én konto fra én adresse inden for vinduet låser den kombination."),
  loginAccountMaxFailures: count("security", "Fejlede logins pr. konto", "forsøg", 5, 500, "Så mange fejlede logins på én konto fra alle adresser inden for vinduet låser kontoen."),
  loginWindowMinutes: count("security", "Vindue for fejlede logins", "minutter", 1, 1440, "Fejlede logins tælles over så mange minutter."),
  loginLockMinutes: count("security", "Låsetid", "minutter", 1, 1440, "Så længe er en konto låst efter for mange fejlede logins."),
  loginIpMaxFailures: count("security", "Fejlede logins pr. adresse", "forsøg", 10, 10_000, "Så mange fejlede logins fra én adresse inden for adressevinduet spærrer adressen."),
  loginIpWindowMinutes: count("security", "Vindue for adressespærring", "minutter", 1, 1440, "Fejlede logins fra én adresse tælles over så mange minutter."),
  requireTwoFactorRoles: {
    kind: "roles",
    area: "security",
    label: "Roller der skal bruge totrinsbekræftelse",
    explanation: "Brugere i de valgte roller skal oprette totrinsbekræftelse, før de kan bruge portalen. Ingen valgt: ingen er tvunget.",
  },
  ssoJustInTime: {
    kind: "switch",
    area: "sso",
    label: "Opret ukendte brugere ved single sign-on",
    explanation:
      "Slået til: en person, som kommunens login kender, men Styrerum ikke, oprettes som medarbejder uden afdeling. Slået fra: vedkommende afvises.",
  },
  ssoGroupRoles: {
    kind: "text",
    area: "sso",
    label: "Grupper og roller ved single sign-on",
    minLength: 0,
    maxLength: 2000,
    explanation:
      "Gruppe-id fra kommunens login og rolle, adskilt af semikolon, fx 1a2b…=director; 3c4d…=admin. Roller: director, department_head, staff, admin. Rollen sættes ved hvert login; tom: rollerne styres kun i Styrerum.",
  },
  passwordLoginAdminsOnly: {
    kind: "switch",
    area: "sso",
    label: "Kun administratorer må logge ind med adgangskode",
    explanation:
      "Slået til: alle andre skal logge ind med single sign-on; administratorer beholder adgangskoden som nødadgang. Gælder kun, når single sign-on er sat op.",
  },
  backupHour: count("operations", "Natlig sikkerhedskopi efter kl.", "time (0–23)", 0, 23, "Serveren tager selv en sikkerhedskopi hver nat efter denne time (dansk tid) i datamappens backups-mappe."),
  backupKeepDaily: count("operations", "Behold daglige sikkerhedskopier", "dage", 0, 90, "Den nyeste sikkerhedskopi fra så mange af de seneste dage beholdes."),
  backupKeepWeekly: count("operations", "Behold ugentlige sikkerhedskopier", "uger", 0, 104, "Den nyeste sikkerhedskopi fra så mange af de seneste uger beholdes."),
  backupKeepMonthly: count("operations", "Behold månedlige sikkerhedskopier", "måneder", 0, 120, "Den nyeste sikkerhedskopi fra så mange af de seneste måneder beholdes; ældre slettes."),
  paperMaxSizeMb: count("operations", "Største bilag", "MB", 1, 28, "Et bilag til et dagsordenspunkt eller et projekt må højst fylde så meget. Større filer afvises."),
};

/** The setting keys of one area, in definition order. */
export function settingKeysOf(area: SettingArea): SettingKey[] {
  return (Object.keys(settingDefinitions) as SettingKey[]).filter((key) => settingDefinitions[key].area === area);
}

/** A stored value as the form shows it (a fraction as its percentage, on/off as "1"/"0", roles as their codes). */
export function formValueOf(key: SettingKey, value: Settings[SettingKey]): string {
  const definition = settingDefinitions[key];
  if (definition.kind === "text") return String(value);
  if (definition.kind === "switch") return Number(value) === 1 ? "1" : "0";
  if (definition.kind === "roles") return parseRequiredRoles(String(value)).join(",");
  const shown = Math.round(Number(value) * definition.scale * 1000) / 1000;
  // Large amounts with thousands dots, as Danish readers write them ("6.000.000"); the form reads them back.
  return shown >= 10_000 ? formatNumber(shown) : String(shown);
}

/** The key under which the settings' version is stored: every save raises it, and a save made on an older one is refused. */
export const settingsVersionKey = "settingsVersion";

/** Reads the stored settings version (1 when nothing was ever saved). */
export function parseSettingsVersion(raw: string | undefined): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : 1;
}


const settingNumber = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 3 });
const formatNumber = (value: number) => settingNumber.format(value);

/** The range of one setting as the messages and hints say it, e.g. "mellem 1 og 72 timer". */
export function rangeText(definition: SettingDefinition): string {
  if (definition.kind === "text") return `${definition.minLength}–${definition.maxLength} tegn`;
  if (definition.kind === "switch") return "til eller fra";
  if (definition.kind === "roles") return `ingen, en eller flere af ${roleList(roles)}`;
  return `mellem ${formatNumber(definition.min)} og ${formatNumber(definition.max)} ${definition.unit}`;
}

/** A setting's label as forms and the audit log name it; a number's with its unit, e.g. "Låsetid (minutter)". */
export function settingLabel(key: SettingKey): string {
  const definition = settingDefinitions[key];
  return definition.kind === "number" ? `${definition.label} (${definition.unit})` : definition.label;
}

/** The settings shown as check boxes: an unchecked box posts nothing, so the form names them in a hidden marker. */
export const checkboxSettingKeys: SettingKey[] = (Object.keys(settingDefinitions) as SettingKey[]).filter((key) => {
  const { kind } = settingDefinitions[key];
  return kind === "switch" || kind === "roles";
});

/** The name of the hidden field by which the settings form says which check-box settings it carried. */
export const checkboxFieldsMarker = "checkboxFields";

export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(settingDefinitions, key);

/** "Direktør, Afdelingschef og Administrator". */
export function roleList(chosen: readonly Role[]): string {
  const names = chosen.map((role) => roleLabels[role]);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} og ${names.at(-1)}` : (names[0] ?? "");
}

/**
 * An on/off or a roles setting's value (stored, or as the form holds it) in words: "til"/"fra", or the roles' Danish
 * names ("ingen" when none); null for every other setting, whose value reads as it is.
 */
export function settingChoiceText(key: string, value: unknown): string | null {
  if (!isSettingKey(key)) return null;
  const { kind } = settingDefinitions[key];
  if (kind === "switch") return Number(value) === 1 ? "til" : "fra";
  if (kind === "roles") {
    const chosen = parseRequiredRoles(String(value ?? ""));
    return chosen.length ? chosen.map((role) => roleLabels[role]).join(", ") : "ingen";
  }
  return null;
}
