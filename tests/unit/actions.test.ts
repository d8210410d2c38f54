import { beforeEach, describe, expect, it, vi } from "vitest";
import { idleState } from "@/lib/action-state";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/services/errors";

const calls = vi.hoisted(() => ({ revalidated: [] as [string, string | undefined][], redirectedTo: [] as string[], user: null as unknown }));

vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => calls.revalidated.push([path, type]),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    calls.redirectedTo.push(url);
    throw new Error("NEXT_REDIRECT");
  },
}));
vi.mock("@/lib/auth/current-user", () => ({
  requireActionUser: async () => {
    if (!calls.user) throw new ForbiddenError("Du er ikke logget ind længere. Log ind igen.");
    return calls.user;
  },
}));

const { serviceAction } = await import("@/lib/actions");

const director = { id: 7, role: "director", departmentId: null, sessionId: "s", name: "D", email: "d@x.dk", title: "" };

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

beforeEach(() => {
  calls.revalidated = [];
  calls.redirectedTo = [];
  calls.user = director;
});

describe("serviceAction", () => {
  it("hands the service the acting user, the form data and the bound arguments, then revalidates", async () => {
    const service = vi.fn((_user: unknown, _formData: FormData, _code: string, _id: number) => ({ saved: true }));
    const action = serviceAction(service, {
      success: ({ formData }) => `Gemt: ${formData.get("title")}`,
      revalidate: ({ args: [code] }) => [`/projects/${code}`, { layout: "/zones" }],
    });
    const state = await action("DIG-1", 4, idleState, form({ title: "Ny" }));
    expect(state).toEqual({ ok: true, message: "Gemt: Ny" });
    expect(service).toHaveBeenCalledWith(director, expect.any(FormData), "DIG-1", 4);
    expect(calls.revalidated).toEqual([
      ["/projects/DIG-1", undefined],
      ["/zones", "layout"],
    ]);
  });

  it("turns validation and stale-edit errors into form state, and revalidates nothing", async () => {
    const invalid = serviceAction(
      () => {
        throw new ValidationError({ title: ["Skriv en titel"] });
      },
      { success: "Gemt.", revalidate: ["/x"], redirect: () => "/x" },
    );
    expect(await invalid(idleState, form({}))).toMatchObject({ ok: false, fieldErrors: { title: ["Skriv en titel"] } });

    const stale = serviceAction(
      () => {
        throw new ConflictError("Ændret af en anden.", { title: "Nyere" });
      },
      { success: "Gemt." },
    );
    expect(await stale(idleState, form({}))).toEqual({ ok: false, message: "Ændret af en anden.", current: { title: "Nyere" } });
    expect(calls.revalidated).toEqual([]);
    expect(calls.redirectedTo).toEqual([]);
  });

  it("refuses a signed-out caller before the service runs", async () => {
    calls.user = null;
    const service = vi.fn();
    const state = await serviceAction(service, { success: "Gemt." })(idleState, form({}));
    expect(state).toEqual({ ok: false, message: "Du er ikke logget ind længere. Log ind igen." });
    expect(service).not.toHaveBeenCalled();
  });

  it("redirects after success, outside the error mapping, using the service's result", async () => {
    const action = serviceAction((_user, _formData) => ({ code: "DIG-2026-001" }), {
      success: "Oprettet.",
      revalidate: ["/portfolio"],
      redirect: ({ result }) => `/projects/${result.code}`,
    });
    await expect(action(idleState, form({}))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls.revalidated).toEqual([["/portfolio", undefined]]);
    expect(calls.redirectedTo).toEqual(["/projects/DIG-2026-001"]);
  });

  it("rethrows anything that is not a service error", async () => {
    const action = serviceAction(
      () => {
        throw new TypeError("bug");
      },
      { success: "Gemt." },
    );
    await expect(action(idleState, form({}))).rejects.toThrow(TypeError);
  });

  it("finds the form data after the bound arguments even when a button sends none, and adds extra state", async () => {
    const service = vi.fn((_user: unknown, formData: FormData, id: number, direction: "up" | "down") => `${id}-${direction}-${formData.get("x") ?? ""}`);
    const action = serviceAction(service, { success: ({ result }) => result, extra: ({ args: [id] }) => ({ path: `/share/${id}` }) });
    const state = await action(3, "down", idleState, undefined as unknown as FormData);
    expect(state).toEqual({ ok: true, message: "3-down-", path: "/share/3" });
  });
});
