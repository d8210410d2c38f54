import fs from "node:fs";
import path from "node:path";

/**
 * What the bad-input sweep sends and where it finds the code to send it to. Everything is read from the source
 * tree at test time, so a new actions file, form field or route handler is swept without editing this file.
 */

export const root = path.resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full, keep));
    else if (keep(full)) found.push(full);
  }
  return found.sort();
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");

/** A module whose first statement is the "use server" directive: every export is a public POST endpoint. */
function isServerActionModule(file: string): boolean {
  const source = fs.readFileSync(file, "utf8");
  const firstStatement = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(firstStatement);
}

/** Every server-action module under app/, as a path relative to the project. */
export function serverActionFiles(): string[] {
  return filesUnder(path.join(root, "app"), (file) => /\.(ts|tsx)$/.test(file) && isServerActionModule(file)).map(relative);
}

/** Every route handler under app/, as a path relative to the project. */
export function routeHandlerFiles(): string[] {
  return filesUnder(path.join(root, "app"), (file) => /[/\\]route\.(ts|tsx)$/.test(file)).map(relative);
}

/** The field names the app's forms post (`name="…"` in app/ and components/), plus the ones actions read by hand. */
export function formFieldNames(): string[] {
  const names = new Set(["id", "ideaId", "linkId", "version", "intent", "decision", "email", "password", "code", "next", "token"]);
  for (const dir of ["app", "components"]) {
    for (const file of filesUnder(path.join(root, dir), (f) => f.endsWith(".tsx"))) {
      for (const match of fs.readFileSync(file, "utf8").matchAll(/\bname="([A-Za-z][A-Za-z0-9_]*)"/g)) names.add(match[1]);
    }
  }
  return [...names].sort();
}

/** Values no field accepts as they are: wrong types, out of range, over-long, control characters, markup. */
export const badValues: Record<string, string> = {
  "not a number or date": "abc",
  "an infinite number": "1e999",
  "a negative number": "-1",
  "100,000 characters": "x".repeat(100_000),
  "control characters": "\u0000\u0007\u001b",
  "a script tag": "<script>alert(1)</script>",
  "an attribute breakout": '"><img src=x onerror=alert(1)>',
};

/** Bound arguments (a project code, a row id, a slug, a one-time token) that name nothing. */
export const badBoundArguments: unknown[] = ["", "-1", -1, "x'; drop table users;--", 2 ** 53, Number.NaN, "<script>alert(1)</script>"];

/** The values above that are bad only where a number, a date or a choice is expected: as plain text they are fine. */
export const wrongTypeValues = new Set(["abc", "1e999", "-1"]);

export type BadForm = { label: string; form: () => FormData };

/**
 * The forms an action receives: no fields at all, then every known field set to one bad value at a time
 * (without the wrong-type values when `plainTextOnly`: for a form of nothing but free text they are valid text).
 */
export function badForms(fields: string[], plainTextOnly = false): BadForm[] {
  const forms: BadForm[] = [{ label: "no fields", form: () => new FormData() }];
  for (const [label, value] of Object.entries(badValues)) {
    if (plainTextOnly && wrongTypeValues.has(value)) continue;
    forms.push({
      label: `every field ${label}`,
      form: () => {
        const data = new FormData();
        for (const field of fields) data.set(field, value);
        return data;
      },
    });
  }
  forms.push({
    label: "every field a file of junk",
    form: () => {
      const data = new FormData();
      for (const field of fields) data.set(field, new File(["\u0000\u001b<script>alert(1)</script>"], "junk.csv", { type: "text/csv" }));
      return data;
    },
  });
  return forms;
}

/** Tables where a refused attempt is rightly recorded: the audit trail, login throttling, and sessions. */
export const tablesAllowedToChange = new Set(["audit_events", "login_throttles", "login_ip_failures", "sessions"]);

/** The tables whose checksum differs between two snapshots, apart from those allowed to change. */
export function changedTables(
  before: Record<string, { rows: number; sha256: string }>,
  after: Record<string, { rows: number; sha256: string }>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => !tablesAllowedToChange.has(name) && before[name]?.sha256 !== after[name]?.sha256).sort();
}

/** A thrown Next.js control-flow signal (redirect, 403, 404) as the mocks in the sweep raise it. */
export type NextSignal = { kind: "redirect"; to: string } | { kind: "status"; status: number };

export function nextSignal(error: unknown): NextSignal | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  if (digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
  const status = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  return status ? { kind: "status", status: Number(status[1]) } : null;
}

/** A message a user can read: Danish prose, not a stack trace, an English error or a leaked value. */
export function isReadableDanishMessage(message: unknown): boolean {
  if (typeof message !== "string" || message.trim() === "") return false;
  if (/\b(undefined|NaN|null|Error|TypeError|SQLITE|Exception|Invalid|Expected|expected|received|Too (big|small))\b|at \w+ \(/.test(message)) return false;
  return !message.includes("<script>") && !message.includes("onerror=");
}
