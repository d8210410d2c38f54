import {
  involvementFieldLabels,
  involvementFormLabels,
  involvementGroupLabels,
  involvementStateLabels,
  phaseLabels,
  projectFieldLabels,
  roleLabels,
  testCardFieldLabels,
} from "./labels";
import { settingChoiceText, settingDefinitions, settingLabel, type SettingKey } from "./settings";

/** Readable Danish descriptions of audit events: what happened, what changed, and where it happened. */

type Changes = Record<string, unknown>;

const actionTexts: Record<string, string> = {
  "access.denied": "Adgang nægtet til en side",
  "login.success": "Loggede ind",
  "login.failure": "Mislykket login",
  "login.locked": "Login afvist: kontoen er midlertidigt låst",
  "login.lockout": "Kontoen blev midlertidigt låst efter for mange forsøg",
  "login.ip_blocked": "Login afvist: for mange forsøg fra adressen",
  "login.two_factor_required": "Rigtig adgangskode; afventer kode til totrinsbekræftelse",
  "login.two_factor_failure": "Forkert kode til totrinsbekræftelse",
  "two_factor.enrol_start": "Begyndte at oprette totrinsbekræftelse",
  "two_factor.enable": "Slog totrinsbekræftelse til",
  "two_factor.disable": "Slog totrinsbekræftelse fra",
  "login.password_disabled": "Login afvist: log ind med adgangskode er slået fra for brugeren",
  "login.sso_refused": "Single sign-on afvist",
  "sso.link": "Knyttede kommunens login til en bruger",
  "session.end": "Loggede ud",
  "seed.demo": "Demodata indlæst",
  "seed.bench": "Testdata til ydelsesmåling indlæst",
  "seed.admin": "Administrator oprettet ved første start",
  "backup.create": "Sikkerhedskopi taget og kontrolleret",
  "backup.failure": "Sikkerhedskopiering mislykkedes",
  "account.profile_update": "Ændrede sin profil",
  "account.password_change": "Skiftede sin adgangskode",
  "account.sessions_end": "Loggede ud af sine andre enheder",
  "account.session_end": "Loggede en af sine enheder ud",
  "account.mail_preferences_update": "Ændrede sine valg af e-mails",
  "mail.digests_queued": "Sammendrag af beskeder lagt i kø til afsendelse",
  "mail.failed": "En e-mail kunne ikke sendes og er opgivet",
  "admin.session_end": "Afsluttede en session",
  "admin.user_sessions_end": "Afsluttede alle en brugers sessioner",
  "audit.read": "Læste revisionsloggen",
  "audit.export": "Eksporterede revisionsloggen som CSV",
  "user.create": "Oprettede en bruger",
  "user.update": "Ændrede en bruger",
  "user.deactivate": "Deaktiverede en bruger",
  "user.reactivate": "Genaktiverede en bruger",
  "user.unlock": "Låste en bruger op",
  "user.password_reset": "Nulstillede en brugers adgangskode",
  "user.password_set": "Satte adgangskode via engangslink",
  "user.two_factor_reset": "Nulstillede en brugers totrinsbekræftelse",
  "user.import": "Importerede brugere",
  "department.create": "Oprettede en afdeling",
  "import.upload": "Indlæste et regneark til import",
  "import.read": "Åbnede et indlæst regneark",
  "import.settings": "Valgte kolonner og værdier til en import",
  "import.mapping_save": "Gemte en kolonnetilknytning til import",
  "import.apply": "Importerede projekter og gevinster fra et regneark",
  "import.rollback": "Rullede en import tilbage",
  "status_report.import": "Importerede en statusfarve som statusrapport",
  "department.update": "Ændrede en afdeling",
  "department.deactivate": "Deaktiverede en afdeling",
  "department.reactivate": "Genaktiverede en afdeling",
  "department.merge": "Slog to afdelinger sammen",
  "department.delete": "Slettede en afdeling",
  "onboarding.step": "Opdaterede et trin i opsætningen",
  "settings.update": "Ændrede indstillinger",
  "project.create": "Oprettede et projekt",
  "project.update": "Ændrede et projekt",
  "project.phase": "Skiftede et projekts fase",
  "project.move": "Flyttede et projekt",
  "project.stop": "Stoppede et projekt",
  "project.no_significant_risks": "Markerede at projektet ikke har væsentlige risici",
  "gate.request": "Anmodede om fasegodkendelse",
  "gate.approve": "Godkendte en fasegodkendelse",
  "gate.reject": "Afviste en fasegodkendelse",
  "gate.decide": "Behandlede en fasegodkendelse",
  "status_report.create": "Oprettede en statusrapport",
  "status_report.draft": "Gemte en kladde til statusrapport",
  "status_report.publish": "Udgav en statusrapport",
  "risk.create": "Registrerede en risiko",
  "risk.update": "Ændrede en risiko",
  "involvement.create": "Registrerede en inddragelse",
  "involvement.update": "Ændrede en inddragelse",
  "involvement.delete": "Slettede en inddragelse",
  "benefit.create": "Oprettede en gevinst",
  "benefit.update": "Ændrede en gevinst",
  "benefit.measure": "Registrerede en måling",
  "benefit.measure_correct": "Rettede en måling",
  "benefit.measure_delete": "Slettede en måling",
  "benefit.rebaseline_request": "Anmodede om ny baseline for en gevinst",
  "benefit.rebaseline_approve": "Godkendte ny baseline for en gevinst",
  "benefit.rebaseline_reject": "Afviste ny baseline for en gevinst",
  "benefit.rebaseline_decide": "Behandlede ny baseline for en gevinst",
  "benefits.export": "Eksporterede gevinster",
  "portfolio.export": "Eksporterede porteføljen",
  "change_request.file": "Sendte en ændringsanmodning",
  "change_request.approve": "Godkendte en ændringsanmodning",
  "change_request.reject": "Afviste en ændringsanmodning",
  "overview.visit": "Åbnede Mit overblik (nyt besøg)",
  "change_request.decide": "Behandlede en ændringsanmodning",
  "strategy_goal.create": "Oprettede et strategisk mål",
  "strategy_goal.update": "Ændrede et strategisk mål",
  "zone.create": "Oprettede et udviklingsrum",
  "zone.update": "Ændrede et udviklingsrum",
  "zone.update_frame": "Ændrede et udviklingsrums risikoramme",
  "zone.member_add": "Tilføjede et medlem til et udviklingsrum",
  "zone.member_remove": "Fjernede et medlem fra et udviklingsrum",
  "zone.member_med": "Ændrede et medlems MED-repræsentation",
  "experiment.create": "Oprettede et forsøg",
  "experiment.start": "Startede et forsøg",
  "experiment.approve": "Godkendte et forsøg over rammen",
  "experiment.reject": "Afviste et forsøg over rammen",
  "experiment.finish": "Afsluttede et forsøg",
  "experiment.promote": "Skalerede et forsøg til et projekt",
  "experiment.update": "Rettede testkortet for et forsøg",
  "experiment.delete": "Slettede en kladde til et forsøg",
  "idea.create": "Indsendte en idé",
  "idea.comment": "Kommenterede en idé",
  "idea.vote": "Stemte på en idé",
  "idea.triage": "Behandlede en idé",
  "inspiration.create": "Registrerede en inspiration",
  "share_link.create": "Oprettede et delingslink",
  "share_link.revoke": "Tilbagekaldte et delingslink",
  "meeting.create": "Oprettede et møde",
  "meeting.update": "Ændrede et møde",
  "meeting.agenda": "Ændrede en dagsorden",
  "meeting.agenda_add": "Tilføjede et punkt til en dagsorden",
  "meeting.agenda_update": "Ændrede et dagsordenspunkt",
  "meeting.agenda_move": "Flyttede et dagsordenspunkt",
  "meeting.agenda_remove": "Fjernede et punkt fra en dagsorden",
  "meeting.publish": "Udsendte en dagsorden",
  "meeting.decision": "Registrerede en beslutning",
  "meeting.minutes_approve": "Godkendte et referat",
  "meeting.minutes_locked": "Godkendte et referat, som dermed er endeligt",
  "meeting.private_note": "Gemte en privat note",
  "meeting.start_early": "Startede et møde før det planlagte tidspunkt",
  "meeting.decision_undo": "Fortrød en beslutning",
  "meeting.held": "Markerede et møde som afholdt",
  "attachment.upload": "Vedhæftede et bilag",
  "attachment.replace": "Erstattede et bilag med en ny version",
  "attachment.delete": "Slettede et bilag",
  "meeting.offline_sync": "Sendte beslutninger og noter, der var skrevet uden net",
  "notification.read": "Åbnede en notifikation",
  "notification.overdue": "Sendte notifikationer om forfaldne statusrapporter og målinger",
};

/** Refusals recorded under a capability name (lib/services/guard.ts's default) read as what was attempted. */
const capabilityTexts: Record<string, string> = {
  "admin.manage": "administrere Styrerum",
  "portfolio.read": "læse porteføljen",
  "project.edit": "ændre et projekt",
  "project.controlled_fields": "ændre et projekts styrede felter",
  "project.change_request": "sende en ændringsanmodning",
  "benefit.correct_measurement": "rette en måling",
  "strategy.manage": "ændre strategien",
  "zone.edit": "ændre et udviklingsrum",
  "zone.frame": "ændre et udviklingsrums risikoramme",
  "experiment.manage": "styre et forsøg",
  "experiment.decide": "træffe beslutning om et forsøg",
  "share.manage": "styre delingslinks",
  "idea.participate": "deltage i idéboksen",
  "meeting.read": "læse et møde",
  "meeting.manage": "ændre et møde",
  "board.decide": "træffe en beslutning for koncernledelsen",
  "minutes.approve": "godkende et referat",
};

const outcomeSuffix: Record<string, string> = { success: "", failure: " (mislykkedes)", denied: " (afvist: manglende rettighed)" };

/** Sign-in events, a refused page and a mail given up on say their outcome themselves ("Mislykket login"). */
const tellsItsOutcome = (action: string) => action.startsWith("login.") || action === "access.denied" || action === "mail.failed";

/** The Danish sentence for an action code; unknown codes are shown as they are, never hidden. */
export function describeAuditAction(action: string, outcome: string = "success"): string {
  const text = actionTexts[action] ?? (capabilityTexts[action] ? `Forsøgte at ${capabilityTexts[action]}` : `Handling: ${action}`);
  return tellsItsOutcome(action) ? text : text + (outcomeSuffix[outcome] ?? "");
}

/** Every action code the log knows a description for, for the filter's choices. */
export const describedAuditActions: readonly string[] = Object.keys(actionTexts);

const fieldLabels: Record<string, string> = {
  ...involvementFieldLabels,
  ...testCardFieldLabels,
  ...projectFieldLabels,
  // "state" is also an experiment's or a meeting's, so the log names it generally.
  state: "Tilstand",
  name: "Navn",
  email: "E-mail",
  role: "Rolle",
  departmentId: "Afdeling",
  ownerId: "Projektejer",
  leadId: "Projektleder",
  active: "Aktiv",
  description: "Beskrivelse",
  focus: "Fokusområde",
  status: "Status",
  value: "Værdi",
  date: "Dato",
  comment: "Kommentar",
  reason: "Begrundelse",
  sessions: "Afsluttede sessioner",
  password: "Adgangskode",
  minutesApprovals: "Godkendelser af referatet",
  headOf: "Afdelingschef for",
  from: "Fra",
  into: "Lagt sammen med",
  moved: "Flyttet",
  users: "Brugere",
  projects: "Projekter",
  benefits: "Gevinster",
  ideas: "Idéer",
  linkExpiresAt: "Link gælder til",
  endedSessions: "Afsluttede sessioner",
  experimentId: "Forsøg",
  noSignificantRisks: "Ingen væsentlige risici",
};

/** The settings' keys (`settings.update`) by the labels of the settings form. */
const settingFieldLabels: Record<string, string> = Object.fromEntries((Object.keys(settingDefinitions) as SettingKey[]).map((key) => [key, settingLabel(key)]));

export function auditFieldLabel(field: string): string {
  return fieldLabels[field] ?? settingFieldLabels[field] ?? field;
}

/** Fields stored as codes (an involvement entry's, lib/codes.ts) read in Danish; a code of another vocabulary shows as it is. */
const codedValueLabels: Record<string, Record<string, string>> = {
  state: involvementStateLabels,
  group: involvementGroupLabels,
  form: involvementFormLabels,
};

function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (field === "phase" || field === "from" || field === "to") {
    const phase = phaseLabels[value as keyof typeof phaseLabels];
    if (phase) return phase;
  }
  if (field === "role") return roleLabels[value as keyof typeof roleLabels] ?? String(value);
  // An on/off setting reads "til"/"fra", the roles that must use two-factor by their Danish names.
  const choice = settingChoiceText(field, value);
  if (choice !== null) return choice;
  const coded = Object.hasOwn(codedValueLabels, field) ? codedValueLabels[field] : null;
  if (coded && typeof value === "string" && Object.hasOwn(coded, value)) return coded[value];
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A field as old → new; `from` is null for a detail of an event that changed nothing in place (a creation, a merge). */
export type AuditChange = { field: string; label: string; from: string | null; to: string };

const isChangePair = (value: unknown): value is { from: unknown; to: unknown } =>
  Boolean(value) && typeof value === "object" && !Array.isArray(value) && "from" in (value as object) && "to" in (value as object);

/**
 * What changed, old → new, where the event's details hold it: fields stored as `{ from, to }` (changedFields in
 * the services), and a top-level `from`/`to` pair (a phase or state change).
 */
export function auditChanges(changes: Changes | null, action = ""): AuditChange[] {
  if (!changes) return [];
  const result: AuditChange[] = [];
  if ("from" in changes && "to" in changes) {
    result.push({ field: "state", label: "Fra → til", from: showValue("from", changes.from), to: showValue("to", changes.to) });
  }
  for (const [field, value] of Object.entries(changes)) {
    if (isChangePair(value)) result.push({ field, label: auditFieldLabel(field), from: showValue(field, value.from), to: showValue(field, value.to) });
  }
  if (result.length > 0 || !recordsWhatItMade(action)) return result;
  // A creation, merge, deletion or deactivation changes nothing in place: what it made or removed is its details.
  for (const [field, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "" || /Id$/.test(field)) continue;
    result.push({ field, label: auditFieldLabel(field), from: null, to: showDetail(field, value) });
  }
  return result;
}

/** Events whose details are what was made or removed (the other events' details are references, shown by their entity). */
const recordsWhatItMade = (action: string) => /\.(create|merge|delete|deactivate)$/.test(action);

/** A detail's value: a named record by its name, a list or a set of counts written out, anything else as a field value. */
function showDetail(field: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((entry) => showDetail(field, entry)).join(", ");
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.name === "string") return record.name;
    return Object.entries(record)
      .map(([key, entry]) => `${auditFieldLabel(key).toLowerCase()} ${showValue(key, entry)}`)
      .join(", ");
  }
  return showValue(field, value);
}

/** Parses an event's stored details; anything that is not a JSON object reads as none. */
export function parseAuditChanges(text: string | null): Changes | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Changes) : null;
  } catch {
    return null;
  }
}

export const auditEntityLabels: Record<string, string> = {
  project: "Projekt",
  zone: "Udviklingsrum",
  experiment: "Forsøg",
  meeting: "Møde",
  idea: "Idé",
  inspiration: "Inspiration",
  strategy_goal: "Strategisk mål",
  user: "Bruger",
  department: "Afdeling",
  session: "Session",
  share_link: "Delingslink",
  route: "Side",
  settings: "Indstillinger",
  audit_log: "Revisionslog",
  benefit_rebaseline: "Ny baseline",
  change_request: "Ændringsanmodning",
  gate_request: "Fasegodkendelse",
  portfolio: "Portefølje",
  benefits: "Gevinster",
  database: "Database",
  notification: "Notifikation",
};

export function auditEntityLabel(objectType: string | null): string {
  if (!objectType) return "–";
  return auditEntityLabels[objectType] ?? objectType;
}

const positiveId = (value: unknown) => (typeof value === "number" || typeof value === "string") && /^[1-9]\d{0,9}$/.test(String(value));

/** Where the event's entity can be opened, when it has a page: a project by code, a zone by slug, a meeting by id… */
export function auditEntityHref(objectType: string | null, objectId: string | null, changes: Changes | null = null): string | null {
  if (objectType === "zone" && positiveId(changes?.experimentId)) return `/experiments/${String(changes?.experimentId)}`;
  if (objectType === "user") return positiveId(objectId) ? `/admin/users/${encodeURIComponent(objectId!)}` : "/admin/users";
  if (objectType === "department") return "/admin/departments";
  if (objectType === "settings") return "/admin/settings";
  if (objectType === "session") return "/admin/sessions";
  if (objectType === "inspiration") return "/outlook";
  if (!objectId) return null;
  const id = encodeURIComponent(objectId);
  switch (objectType) {
    case "project":
      return /^[A-Za-z0-9-]{1,40}$/.test(objectId) ? `/projects/${id}` : null;
    case "zone":
      return /^[a-z0-9-]{1,80}$/.test(objectId) ? `/zones/${id}` : null;
    case "meeting":
      return positiveId(objectId) ? `/meetings/${id}` : null;
    case "idea":
      return positiveId(objectId) ? `/ideas/${id}` : null;
    case "experiment":
      return positiveId(objectId) ? `/experiments/${id}` : null;
    case "strategy_goal":
      return positiveId(objectId) ? `/strategy/${id}/edit` : null;
    default:
      return null;
  }
}
