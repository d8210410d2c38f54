import type { SessionUser } from "@/lib/services/auth";
import { canUsePicker, type Picker } from "@/lib/permissions";

const headers = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "private, no-store" };

export const pickerJson = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers });

/** The refusal of a picker request (401 signed out, 403 for a role without the forms), or null when it may go on. */
export function pickerRefusal(user: SessionUser | null, picker: Picker): Response | null {
  if (!user) return pickerJson(401, { error: "Du er ikke logget ind." });
  if (!canUsePicker(user, picker)) return pickerJson(403, { error: "Du har ikke adgang til listen." });
  return null;
}

/** The search text of a picker request, cut to a sensible length. */
export const pickerQuery = (params: URLSearchParams) => (params.get("q") ?? "").slice(0, 100);
