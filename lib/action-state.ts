import { ConflictError, ServiceError, ValidationError } from "@/lib/services/errors";

/** The one shape every form action returns to useActionState. */
export type ActionState = {
  ok: boolean;
  message: string | null;
  fieldErrors?: Record<string, string[]>;
  /** The newer values that a stale edit would have overwritten. */
  current?: Record<string, string>;
};

export const idleState: ActionState = { ok: false, message: null };

/** Two-factor enrolment answers with the recovery codes, once. */
export type EnrolmentState = ActionState & { recoveryCodes?: string[] };

/** Runs a service call; service errors become a Danish message, anything else is rethrown. */
export async function runService(call: () => unknown | Promise<unknown>, successMessage: string): Promise<ActionState> {
  try {
    await call();
    return { ok: true, message: successMessage };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof ConflictError) {
      return { ok: false, message: error.message, ...(Object.keys(error.current).length ? { current: error.current } : {}) };
    }
    if (error instanceof ServiceError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * A server action as forms receive it: its bound arguments first (`action.bind(null, code)`), then the previous state
 * and the form data that useActionState passes.
 */
export type ServiceAction<Args extends unknown[] = [], State extends ActionState = ActionState> = (
  ...input: [...Args, State, FormData]
) => Promise<State>;

/** An action with every argument bound: what useActionState and the form components take. */
export type FormAction<State extends ActionState = ActionState> = ServiceAction<[], State>;
