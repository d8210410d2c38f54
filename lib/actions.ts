import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runService, type ActionState, type ServiceAction } from "@/lib/action-state";
import { requireActionUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/services/auth";

/**
 * What serviceAction records on each action it makes (a non-enumerable property), so tests can call every action:
 * `(...boundArgs, previousState, formData)`. `readsInput` is false when the service takes neither form nor arguments.
 */
export type ActionShape = { boundArguments: number; readsInput: boolean };
export const actionShapeKey = "styrerumActionShape";

/** The shape serviceAction recorded on `action`, or null for an action it did not make. */
export function actionShape(action: unknown): ActionShape | null {
  if (typeof action !== "function") return null;
  return (action as unknown as Record<string, ActionShape | undefined>)[actionShapeKey] ?? null;
}

/** A path to revalidate after success: a page, or a layout and everything under it. */
export type Revalidation = string | { layout: string };

/** What a successful call leaves for the messages, revalidation and redirect to read. */
export type ActionOutcome<Args extends unknown[], Result> = { args: Args; result: Result; formData: FormData };

type FromOutcome<Args extends unknown[], Result, T> = T | ((outcome: ActionOutcome<Args, Result>) => T);

export type ActionWiring<Args extends unknown[], Result, Extra extends object> = {
  /** The Danish message shown after success. */
  success: FromOutcome<Args, Result, string>;
  revalidate?: FromOutcome<Args, Result, Revalidation[]>;
  /** Where to go after success; redirect() runs outside the error mapping, so its signal is never swallowed. */
  redirect?: (outcome: ActionOutcome<Args, Result>) => string;
  /** More fields for the form state, e.g. a share link's one-time address. */
  extra?: (outcome: ActionOutcome<Args, Result>) => Extra;
};

function resolve<Args extends unknown[], Result, T>(value: FromOutcome<Args, Result, T>, outcome: ActionOutcome<Args, Result>): T {
  return typeof value === "function" ? (value as (outcome: ActionOutcome<Args, Result>) => T)(outcome) : value;
}

/**
 * The one way to wire a server action: resolve the acting user, run the service, turn its errors into the form
 * state, then revalidate and redirect. The service gets the user, the form data and the action's bound arguments;
 * declare the bound arguments as plain parameters (no defaults), since their count is read from the function.
 *
 * ```ts
 * export const createRiskAction = serviceAction((user, formData, code: string) => createRisk(user, code, formData), {
 *   success: "Risikoen er registreret.",
 *   revalidate: ({ args: [code] }) => [`/projects/${code}`],
 * });
 * ```
 */
export function serviceAction<Args extends unknown[], Result, Extra extends object = object>(
  service: (user: SessionUser, formData: FormData, ...args: Args) => Result,
  wiring: ActionWiring<Args, Awaited<Result>, Extra>,
): ServiceAction<Args, ActionState & Partial<Extra>> {
  const boundCount = Math.max(0, service.length - 2);
  type State = ActionState & Partial<Extra>;
  const action: ServiceAction<Args, State> = async (...input) => {
    const args = input.slice(0, boundCount) as Args;
    const payload = input[boundCount + 1];
    const formData = payload instanceof FormData ? payload : new FormData();
    let outcome: ActionOutcome<Args, Awaited<Result>> | null = null;
    const state = await runService(async () => {
      const result = await service(await requireActionUser(), formData, ...args);
      outcome = { args, result, formData };
    }, "");
    if (!state.ok || !outcome) return state as State;
    const done: ActionOutcome<Args, Awaited<Result>> = outcome;
    for (const target of resolve(wiring.revalidate ?? [], done)) {
      if (typeof target === "string") revalidatePath(target);
      else revalidatePath(target.layout, "layout");
    }
    if (wiring.redirect) redirect(wiring.redirect(done));
    return { ...state, message: resolve(wiring.success, done), ...wiring.extra?.(done) } as State;
  };
  const shape: ActionShape = { boundArguments: boundCount, readsInput: service.length >= 2 };
  Object.defineProperty(action, actionShapeKey, { value: shape, enumerable: false });
  return action;
}
