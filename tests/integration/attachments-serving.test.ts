import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActingUser } from "@/lib/services/guard";
import { deletePaper, uploadAgendaItemPaper, uploadProjectPaper } from "@/lib/services/attachments";
import { addFreeItem, publishAgenda } from "@/lib/services/meetings";
import { samples } from "../unit/file-samples";
import { fileForm } from "./attachment-fixtures";
import { newMeeting, seedMeetingWorld, type MeetingWorld } from "./meeting-fixtures";
import { fixedNow, form, projectCode } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const state = vi.hoisted(() => ({ user: null as ActingUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => state.user, getSessionUser: async () => state.user }));

const { GET } = await import("@/app/(portal)/attachments/[id]/route");

const db = withTempDatabase();
let world: MeetingWorld;
let meetingId: number;
let agendaPdf: number;
let agendaDocx: number;
let projectPdf: number;

beforeEach(async () => {
  world = seedMeetingWorld(db());
  meetingId = newMeeting(world);
  const itemId = addFreeItem(world.director, meetingId, form({ kind: "decision", title: "Budgetramme 2027" }));
  agendaPdf = await uploadAgendaItemPaper(world.director, itemId, fileForm("Budget æøå.pdf", samples.pdf));
  agendaDocx = await uploadAgendaItemPaper(world.director, itemId, fileForm("Notat.docx", samples.docx));
  projectPdf = await uploadProjectPaper(world.lead, projectCode, fileForm("Plan.pdf", samples.pdf));
});

async function get(user: ActingUser | null, id: number | string, query = "", headers: Record<string, string> = {}): Promise<Response> {
  state.user = user;
  return GET(new NextRequest(`http://localhost:3000/attachments/${id}${query}`, { headers }), { params: Promise.resolve({ id: String(id) }) });
}

describe("GET /attachments/<id>", () => {
  it("serves a paper as a download to a director, with the detected type and safe headers", async () => {
    const response = await get(world.director, agendaPdf);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(samples.pdf));
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Budget ___.pdf"; filename*=UTF-8''Budget%20%C3%A6%C3%B8%C3%A5.pdf`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/^private\b/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers 304 without the bytes to a reader who holds the paper, and 404 to one who may not read it", async () => {
    const first = await get(world.director, agendaPdf);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const again = await get(world.director, agendaPdf, "", { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toMatch(/^private\b/);
    expect((await get(world.director, agendaPdf, "", { "if-none-match": `"other", W/${etag}` })).status).toBe(304);

    expect((await get(world.director, agendaPdf, "", { "if-none-match": '"other"' })).status).toBe(200);
    expect((await get(world.owner, agendaPdf, "", { "if-none-match": etag! })).status).toBe(404);
    expect((await get(null, agendaPdf, "", { "if-none-match": etag! })).status).toBe(404);
  });

  it("serves a PDF inline with ?inline=1, framable by this site only", async () => {
    const response = await get(world.director, agendaPdf, "?inline=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("frame-ancestors 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("script-src");
  });

  it("never serves an Office file inline", async () => {
    const response = await get(world.director, agendaDocx, "?inline=1");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers 404, alike for missing and forbidden, to whoever may not read the item", async () => {
    const missing = await get(world.director, 999_999);
    const bodies = [await missing.text()];
    expect(missing.status).toBe(404);
    // Staff never read meetings; department heads and administrators only once the agenda is published.
    for (const user of [world.owner, world.headA, world.admin, null]) {
      const response = await get(user, agendaPdf);
      expect(response.status).toBe(404);
      bodies.push(await response.text());
    }
    expect(new Set(bodies).size).toBe(1);
    for (const id of ["abc", "-1", "0", "1e999", "<script>"]) expect((await get(world.director, id)).status).toBe(404);
  });

  it("serves an agenda paper to a department head once the agenda is published", async () => {
    publishAgenda(world.director, meetingId, fixedNow);
    expect((await get(world.headB, agendaPdf)).status).toBe(200);
    expect((await get(world.staffB, agendaPdf)).status).toBe(404);
  });

  it("serves a project paper to everyone who reads the portfolio, and nothing once deleted", async () => {
    for (const user of [world.staffB, world.headB, world.director]) expect((await get(user, projectPdf)).status).toBe(200);
    expect((await get(null, projectPdf)).status).toBe(404);
    deletePaper(world.lead, projectPdf);
    expect((await get(world.director, projectPdf)).status).toBe(404);
  });
});
