import { count, eq, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { ideas, ideaVotes, meetings, users, zones } from "@/db/schema";
import { listIdeas } from "@/lib/queries/ideas";
import { searchLearningsPage } from "@/lib/queries/learnings";
import { listMeetings } from "@/lib/queries/meetings";
import { listUsersForAdmin } from "@/lib/queries/users";
import { listZoneCards, listZoneIdeas, ZONE_IDEAS_SHOWN } from "@/lib/queries/zones";
import { parseIdeaListFilter } from "@/lib/validation/ideas";
import { learningFilterSchema } from "@/lib/validation/learnings";
import { parsePageRequest } from "@/lib/validation/pagination";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

const countOf = (table: SQLiteTable, where?: SQL) => db().select({ n: count() }).from(table).where(where).get()!.n;
const userId = (email: string) => db().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const director = () => db().select({ id: users.id, role: users.role, departmentId: users.departmentId }).from(users).where(eq(users.email, "direktor@egeby.dk")).get()!;
const page = (side: number, size?: number) => parsePageRequest({ side: String(side) }, "side", size);

describe("a zone's ideas", () => {
  it("are its ten newest on the zone's page with the count of all, and all of them in the idea box under ?rum=", () => {
    const author = userId("medarbejder@egeby.dk");
    const [zone, other] = db().select({ id: zones.id, slug: zones.slug }).from(zones).orderBy(zones.id).limit(2).all();
    const already = countOf(ideas, eq(ideas.zoneId, zone.id));
    for (let n = 0; n < 14; n++) {
      const createdAt = `2099-02-01T00:00:${String(n).padStart(2, "0")}.000Z`;
      db().insert(ideas).values({ title: `Rumidé ${n}`, description: "En idé knyttet til rummet", authorId: author, zoneId: zone.id, createdAt }).run();
    }
    db().insert(ideas).values({ title: "Idé i et andet rum", description: "Hører ikke til", authorId: author, zoneId: other.id, createdAt: "2099-03-01T00:00:00.000Z" }).run();

    const shown = listZoneIdeas(zone.id);
    expect(shown.total).toBe(already + 14);
    expect(shown.rows.map((idea) => idea.title)).toEqual(Array.from({ length: ZONE_IDEAS_SHOWN }, (_, index) => `Rumidé ${13 - index}`));

    const inBox = listIdeas({ sort: "newest", rum: zone.slug }, author, page(1));
    expect(inBox.info.total).toBe(already + 14);
    expect(inBox.rows.slice(0, 14).map((idea) => idea.title)).toEqual(Array.from({ length: 14 }, (_, index) => `Rumidé ${13 - index}`));
    expect(listIdeas({ sort: "newest", rum: "intet-rum-hedder-saadan" }, author, page(1)).info.total).toBe(0);
    expect(listIdeas({ sort: "newest" }, author, page(1)).info.total).toBe(countOf(ideas));
  });

  it("are read from a ?rum= that is a slug, and nothing else", () => {
    expect(parseIdeaListFilter({ rum: "velfaerdsteknologi-i-aeldreplejen" }).rum).toBe("velfaerdsteknologi-i-aeldreplejen");
    for (const bad of ["", "Store Bogstaver", "rum'; drop table ideas; --", "a".repeat(121)]) expect(parseIdeaListFilter({ rum: bad }).rum).toBeUndefined();
  });
});

describe("listIdeas pages", () => {
  it("counts every idea, returns 50 a page newest first, and clamps a page past the end", () => {
    const author = userId("medarbejder@egeby.dk");
    const before = listIdeas({ sort: "newest" }, author).info.total;
    for (let n = 0; n < 120; n++) {
      db().insert(ideas).values({ title: `Sideidé ${n}`, description: "En idé til sidetest", authorId: author, createdAt: `2099-01-01T00:00:${String(n % 60).padStart(2, "0")}.${String(n).padStart(3, "0")}Z` }).run();
    }
    const first = listIdeas({ sort: "newest" }, author, page(1));
    expect(first.info).toMatchObject({ total: before + 120, page: 1, from: 1, to: 50 });
    expect(first.rows).toHaveLength(50);
    const dates = first.rows.map((idea) => idea.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const second = listIdeas({ sort: "newest" }, author, page(2));
    expect(second.rows[0].createdAt <= first.rows[49].createdAt).toBe(true);
    expect(new Set([...first.rows, ...second.rows].map((idea) => idea.id)).size).toBe(100);
    const last = Math.ceil((before + 120) / 50);
    expect(listIdeas({ sort: "newest" }, author, page(999)).info.page).toBe(last);
    expect(listIdeas({ sort: "newest" }, author, page(999)).rows.length).toBe(before + 120 - (last - 1) * 50);
  });

  it("sorts by votes across pages and filters by status in the count", () => {
    const voter = userId("direktor@egeby.dk");
    const author = userId("medarbejder@egeby.dk");
    const id = db().insert(ideas).values({ title: "Mest populære idé", description: "Alle stemmer på den", authorId: author, createdAt: "2000-01-01T00:00:00.000Z" }).returning({ id: ideas.id }).get().id;
    const others = db().select({ id: users.id }).from(users).limit(30).all();
    for (const user of others) db().insert(ideaVotes).values({ ideaId: id, userId: user.id }).run();
    expect(listIdeas({ sort: "votes" }, voter, page(1)).rows[0]).toMatchObject({ id, voteCount: others.length });
    const newOnly = listIdeas({ sort: "votes", status: "new" }, voter, page(1));
    expect(newOnly.info.total).toBe(countOf(ideas, eq(ideas.status, "new")));
    expect(newOnly.rows.every((idea) => idea.status === "new")).toBe(true);
  });
});

describe("listUsersForAdmin pages", () => {
  it("pages 50 users by name and sorts by last login with those never logged in last", () => {
    for (let n = 0; n < 60; n++) {
      db()
        .insert(users)
        .values({ name: `Åse Sidetest ${String(n).padStart(2, "0")}`, email: `side${n}@egeby.dk`, role: "staff", passwordHash: "x", lastLoginAt: n === 7 ? "2099-01-01T00:00:00.000Z" : null })
        .run();
    }
    const total = countOf(users);
    const first = listUsersForAdmin("name", page(1));
    expect(first.info).toMatchObject({ total, pageCount: Math.ceil(total / 50) });
    expect(first.rows).toHaveLength(50);
    const names = first.rows.map((user) => user.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byLogin = listUsersForAdmin("last_login", page(1)).rows;
    expect(byLogin[0].email).toBe("side7@egeby.dk");
    const lastPage = listUsersForAdmin("last_login", page(first.info.pageCount)).rows;
    expect(lastPage.at(-1)?.lastLoginAt).toBeNull();
  });
});

describe("listMeetings pages", () => {
  it("splits upcoming from past around today, counts each, and pages the past latest first", () => {
    const reader = director();
    for (let n = 0; n < 30; n++) {
      db().insert(meetings).values({ title: `Tidligere møde ${n}`, date: `2001-01-${String(n + 1).padStart(2, "0")}`, time: "09:00", createdById: reader.id }).run();
    }
    const past = listMeetings(reader, "past", "2026-01-01", page(1, 20));
    expect(past.info.total).toBe(countOf(meetings) - listMeetings(reader, "upcoming", "2026-01-01").info.total);
    expect(past.rows).toHaveLength(20);
    const dates = past.rows.map((meeting) => meeting.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const upcoming = listMeetings(reader, "upcoming", "2026-01-01").rows.map((meeting) => meeting.date);
    expect(upcoming).toEqual([...upcoming].sort());
    expect(upcoming.every((date) => date >= "2026-01-01")).toBe(true);
  });
});

describe("listZoneCards pages", () => {
  it("pages zones, active first, with the total", () => {
    const total = countOf(zones);
    const first = listZoneCards(page(1, 2));
    expect(first.info).toMatchObject({ total, pageCount: Math.ceil(total / 2) });
    expect(first.rows).toHaveLength(2);
    const all = listZoneCards().rows;
    expect(all).toHaveLength(total);
    expect(listZoneCards(page(2, 2)).rows.map((zone) => zone.id)).toEqual(all.slice(2, 4).map((zone) => zone.id));
  });
});

describe("searchLearningsPage", () => {
  it("counts the hits with the page and pages through them in the same order as the whole list", () => {
    const filter = learningFilterSchema.parse({});
    const whole = searchLearningsPage(filter, page(1, 1000));
    expect(whole.info.total).toBe(whole.rows.length);
    expect(whole.info.total).toBeGreaterThan(2);
    const second = searchLearningsPage(filter, page(2, 2));
    expect(second.info.total).toBe(whole.info.total);
    expect(second.rows.map((row) => `${row.kind}-${row.id}`)).toEqual(whole.rows.slice(2, 4).map((row) => `${row.kind}-${row.id}`));
    const beyond = searchLearningsPage(filter, page(9999, 2));
    expect(beyond.info.page).toBe(Math.ceil(whole.info.total / 2));
    expect(beyond.rows.length).toBeGreaterThan(0);
  });
});
