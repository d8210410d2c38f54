import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { actionShape } from "@/lib/actions";
import type { Role } from "@/lib/codes";
import { tableChecksums } from "@/lib/operations/table-checksums";
import type { SessionUser } from "@/lib/services/auth";
import { ForbiddenError } from "@/lib/services/errors";
import { signedIn } from "./account-fixtures";
import {
  badBoundArguments,
  badForms,
  changedTables,
  formFieldNames,
  isReadableDanishMessage,
  nextSignal,
  root,
  serverActionFiles,
} from "./bad-input-sweep-catalog";
import { withDemoDatabase } from "./temp-database";

/**
 * The bad-input sweep over every server action: each exported function of each "use server" module under app/
 * gets missing fields, wrong types, over-long strings, control characters, script payloads and bound arguments
 * that name nothing, as a signed-in director, department head and administrator, and signed out.
 *
 * Acceptable answers: an ActionState with `ok: false` and a readable Danish message or field errors; a redirect to
 * /login (signed out, or a sign-in step that must start over); a 403 or 404 signal. Never a thrown error of any
 * other kind (a 500 in production), and never a change to a data table: every table's checksum is the same after
 * the action's calls as before, apart from the audit trail, login throttling and sessions, where a refused attempt
 * is rightly recorded.
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null }));

const signal = (digest: string) => Object.assign(new Error(digest), { digest });

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw signal(`NEXT_REDIRECT;replace;${url};307;`);
  },
  permanentRedirect: (url: string) => {
    throw signal(`NEXT_REDIRECT;replace;${url};308;`);
  },
  forbidden: () => {
    throw signal("NEXT_HTTP_ERROR_FALLBACK;403");
  },
  notFound: () => {
    throw signal("NEXT_HTTP_ERROR_FALLBACK;404");
  },
  unauthorized: () => {
    throw signal("NEXT_HTTP_ERROR_FALLBACK;401");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "10.9.9.9", "user-agent": "bad-input-sweep" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));
vi.mock("@/auth", async () => {
  const { CredentialsSignin } = await import("next-auth");
  const { redirect } = await import("next/navigation");
  return {
    // The credential check itself is proven by the login tests; here a sign-in that gets this far is refused.
    signIn: async () => {
      throw new CredentialsSignin();
    },
    signOut: async ({ redirectTo }: { redirectTo: string }) => redirect(redirectTo),
    auth: async () => null,
  };
});
vi.mock("@/lib/auth/current-user", async () => {
  const { redirect } = await import("next/navigation");
  const signedInOr = (onMissing: () => never) => async () => state.user ?? onMissing();
  return {
    twoFactorEnrolmentPath: "/login/two-factor-setup",
    getSessionUser: async () => state.user,
    getCurrentUser: async () => state.user,
    requireUser: signedInOr(() => redirect("/login")),
    requireEnrollingUser: signedInOr(() => redirect("/login")),
    requireCapability: signedInOr(() => redirect("/login")),
    requireActionUser: signedInOr(() => {
      throw new ForbiddenError("Du er ikke logget ind længere. Log ind igen.");
    }),
  };
});

type AnyAction = (...input: unknown[]) => Promise<unknown>;

/** How to call an action that serviceAction did not make, and what its refusal looks like. */
type HandWritten = {
  /** Bound arguments before the previous state. */
  bound: number;
  /** False for an action that takes no input at all: it is swept signed out only, since there is nothing bad to send. */
  input: boolean;
  call: (action: AnyAction, bound: unknown[], form: FormData) => Promise<unknown>;
  refused: (result: unknown) => boolean;
};

const refusedState = (result: unknown): boolean => {
  const value = result as { ok?: unknown; message?: unknown; fieldErrors?: Record<string, unknown[]> } | undefined;
  if (!value || value.ok !== false) return false;
  // A message, field errors or both; every one of them readable.
  const messages = [value.message, ...Object.values(value.fieldErrors ?? {}).flat()].filter((message) => message != null && message !== "");
  return messages.length > 0 && messages.every(isReadableDanishMessage);
};
const withState = (previous: unknown) => (action: AnyAction, bound: unknown[], form: FormData) => action(...bound, previous, form);

const handWritten: Record<string, HandWritten> = {
  // The login form answers a refused sign-in with a message and the e-mail typed; bad input never reaches signIn().
  "app/(auth)/login/actions.ts#authenticate": {
    bound: 0,
    input: true,
    call: withState({ message: null, email: "" }),
    refused: (result) => isReadableDanishMessage((result as { message?: unknown })?.message),
  },
  // Without a pending sign-in the code step sends the user back to /login; with one, a bad code is a message.
  "app/(auth)/login/code/actions.ts#verifyCode": {
    bound: 0,
    input: true,
    call: withState({ message: null }),
    refused: (result) => isReadableDanishMessage((result as { message?: unknown })?.message),
  },
  // Single sign-on is not configured here, so the action does nothing; configured, it only redirects to the provider.
  "app/(auth)/login/sso-actions.ts#startSsoSignIn": {
    bound: 0,
    input: true,
    call: (action, _bound, form) => action(form),
    refused: (result) => result === undefined,
  },
  "app/(portal)/account/two-factor-actions.ts#startTwoFactorAction": { bound: 0, input: false, call: withState({ ok: false, message: null }), refused: refusedState },
  "app/(portal)/account/two-factor-actions.ts#confirmTwoFactorAction": { bound: 0, input: true, call: withState({ ok: false, message: null }), refused: refusedState },
  "app/(portal)/account/two-factor-actions.ts#disableTwoFactorAction": { bound: 0, input: true, call: withState({ ok: false, message: null }), refused: refusedState },
  // Signing out is the whole job of the menu's button: it takes no input.
  "app/(portal)/actions.ts#logout": { bound: 0, input: false, call: (action) => action(), refused: () => false },
  "app/(public)/set-password/[token]/actions.ts#setPasswordAction": { bound: 1, input: true, call: withState({ ok: false, message: null }), refused: refusedState },
};

/**
 * Actions whose only input is free text that names something: "abc", "-1" and "1e999" are valid names there, so
 * they get every other bad value (missing, over-long, control characters, markup) but not the wrong-type ones.
 */
const plainTextOnly = new Set([
  "app/(portal)/admin/onboarding/actions.ts#saveMunicipalityNameAction",
  "app/(portal)/admin/onboarding/actions.ts#createDepartmentsAction",
]);

/** How the sweep calls an exported action, or null when it does not know (which fails the sweep). */
function callingConvention(key: string, action: unknown): HandWritten | null {
  if (handWritten[key]) return handWritten[key];
  const shape = actionShape(action);
  if (!shape) return null;
  return { bound: shape.boundArguments, input: shape.readsInput, call: withState({ ok: false, message: null }), refused: refusedState };
}

const fields = formFieldNames();
const files = serverActionFiles();

async function loadActions(file: string): Promise<[string, unknown][]> {
  const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
  return Object.entries(exports);
}

/** Calls `action` and describes what is wrong with its answer, or returns null when it refused properly. */
async function problemWith(convention: HandWritten, action: AnyAction, bound: unknown[], form: FormData): Promise<string | null> {
  try {
    const result = await convention.call(action, bound, form);
    return convention.refused(result) ? null : `answered ${JSON.stringify(result)?.slice(0, 300)}`;
  } catch (error) {
    const next = nextSignal(error);
    if (next?.kind === "redirect") return next.to.startsWith("/login") ? null : `redirected to ${next.to} (as after success)`;
    if (next?.kind === "status") return next.status === 403 || next.status === 404 ? null : `signalled ${next.status}`;
    return `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`;
  }
}

/** Sweeps every action of `file` as `role` (or signed out) and lists what went wrong, by action and input. */
async function sweepFile(file: string, role: Role | null): Promise<string[]> {
  state.user = role ? signedIn(role) : null;
  const sqlite = getDb().$client;
  const problems: string[] = [];
  const forms = badForms(fields);
  const textForms = badForms(fields, true);
  let before = tableChecksums(sqlite);
  for (const [name, action] of await loadActions(file)) {
    const key = `${file}#${name}`;
    const convention = callingConvention(key, action);
    if (!convention || typeof action !== "function") {
      problems.push(`${key}: the sweep does not know how to call this export; make it with serviceAction or describe it in the sweep's table`);
      continue;
    }
    if (role && !convention.input) continue;
    const boundVariants = convention.bound === 0 ? [[]] : badBoundArguments.map((value) => Array.from({ length: convention.bound }, () => value));
    // Signed out, the first check refuses everything: two inputs are enough to show it.
    const formsToSend = role ? (plainTextOnly.has(key) ? textForms : forms) : forms.slice(0, 2);
    // Every form with the first bad bound value; the other bound values with no fields and with one bad form.
    const calls = (role ? boundVariants : boundVariants.slice(0, 2)).flatMap((bound, index) =>
      (index === 0 ? formsToSend : formsToSend.slice(0, 2)).map((form) => ({ bound, ...form })),
    );
    for (const { bound, label, form } of calls) {
      const problem = await problemWith(convention, action as AnyAction, bound, form());
      if (problem) problems.push(`${key} (${role ?? "signed out"}; bound ${JSON.stringify(bound)}; ${label}): ${problem}`);
    }
    const after = tableChecksums(sqlite);
    const changed = changedTables(before, after);
    if (changed.length > 0) problems.push(`${key} (${role ?? "signed out"}): wrote to ${changed.join(", ")}`);
    before = after;
  }
  return problems;
}

describe("the bad-input sweep over every server action", () => {
  withDemoDatabase();

  it("finds the server-action modules from the code", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain("app/(portal)/projects/actions.ts");
    expect(fields).toEqual(expect.arrayContaining(["title", "version", "email"]));
  });

  it("knows how to call every exported action, and nothing in its table is stale", async () => {
    const unknown: string[] = [];
    const exported = new Set<string>();
    for (const file of files) {
      for (const [name, action] of await loadActions(file)) {
        exported.add(`${file}#${name}`);
        if (!callingConvention(`${file}#${name}`, action)) unknown.push(`${file}#${name}`);
      }
    }
    expect(unknown).toEqual([]);
    expect([...Object.keys(handWritten), ...plainTextOnly].filter((key) => !exported.has(key))).toEqual([]);
  });

  for (const role of ["director", "department_head", "admin", null] as const) {
    describe(role ? `signed in as the demo ${role}` : "signed out", () => {
      it.each(files)("%s refuses bad input without a write", async (file) => {
        expect(await sweepFile(file, role)).toEqual([]);
      });
    });
  }
});
