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

/** Runs a service call; service errors become a Danish message, anything else is rethrown. */
export async function runService(call: () => unknown | Promise<unknown>, successMessage: string): Promise<ActionState> {
  try {
    await call();
    return { ok: true, message: successMessage };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof ConflictError) return { ok: false, message: error.message, current: error.current };
    if (error instanceof ServiceError) return { ok: false, message: error.message };
    throw error;
  }
}
