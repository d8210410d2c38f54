import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { digestRuns, notificationPreferences } from "@/db/schema";
import { queueDueDigests } from "@/lib/services/mail-digests";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/services/notification-reading";
import { demoUser, dropProcessState, mailsOf, notify, publicUrl } from "./mail-fixtures";
import { withDemoDatabase } from "./temp-database";

const db = withDemoDatabase();

beforeEach(() => {
  process.env.STYRERUM_PUBLIC_URL = publicUrl;
});
afterEach(() => {
  delete process.env.STYRERUM_PUBLIC_URL;
});

const digestsOf = (userId: number) => mailsOf(userId).filter((mail) => mail.source === "digest");
const runsOf = (userId: number) => db().select().from(digestRuns).where(eq(digestRuns.userId, userId)).all();

// Times in UTC; Copenhagen is UTC+1 in December, so the 07:00 digests fall at 06:00Z. 2026-12-07 is a Monday.
describe("daily digests", async () => {
  it("hold what came since the last digest, are due at 07:00 and are sent once", async () => {
    const director = demoUser("director");
    // "overdue" is in a director's daily digest by default.
    await queueDueDigests(new Date("2026-12-01T06:01:00Z"));
    notify([director.id], "overdue", new Date("2026-12-01T10:00:00Z"), "Statusrapport mangler", "/projects/DIG-2026-001");
    notify([director.id], "overdue", new Date("2026-12-01T16:00:00Z"), "Måling mangler", "/benefits/3");
    expect(mailsOf(director.id)).toEqual([]);
    // Before 07:00 on the next day nothing is due.
    await queueDueDigests(new Date("2026-12-02T05:59:00Z"));
    expect(digestsOf(director.id)).toEqual([]);
    // Two runs at once (a tick while the previous one still works) still make one digest.
    await Promise.all([queueDueDigests(new Date("2026-12-02T06:00:00Z")), queueDueDigests(new Date("2026-12-02T06:00:00Z"))]);
    expect(digestsOf(director.id)).toHaveLength(1);
    const [digest] = digestsOf(director.id);
    expect(digest).toMatchObject({ subject: "Styrerum: Dagens sammendrag", status: "queued" });
    expect(digest.text).toContain("Statusrapport mangler");
    expect(digest.text).toContain("Måling mangler");
    expect(digest.text).toContain("https://styrerum.egeby.dk/benefits/3");
    expect(digest.text).toContain("https://styrerum.egeby.dk/account/notifications");
    // Later ticks the same morning send nothing more.
    await queueDueDigests(new Date("2026-12-02T06:05:00Z"));
    await queueDueDigests(new Date("2026-12-02T12:00:00Z"));
    expect(digestsOf(director.id)).toHaveLength(1);
    expect(runsOf(director.id).find((run) => run.periodKey === "daily:2026-12-02")).toMatchObject({ notificationCount: 2, mailId: digest.id });
  });

  it("are not sent again after a restart, and a missed period is caught up at the next start", async () => {
    const director = demoUser("director");
    await queueDueDigests(new Date("2026-12-01T06:00:00Z"));
    notify([director.id], "overdue", new Date("2026-12-01T10:00:00Z"), "Tirsdagens frist");
    await queueDueDigests(new Date("2026-12-02T06:00:00Z"));
    expect(digestsOf(director.id)).toHaveLength(1);

    // Restart: new process state (fresh modules, a new connection), the same database file.
    dropProcessState();
    vi.resetModules();
    const restarted = await import("@/lib/services/mail-digests");
    await restarted.queueDueDigests(new Date("2026-12-02T06:03:00Z"));
    expect(digestsOf(director.id)).toHaveLength(1);

    // The server is down from Wednesday to Friday afternoon: Thursday's and Friday's 07:00 pass unseen.
    notify([director.id], "overdue", new Date("2026-12-02T12:00:00Z"), "Onsdagens frist");
    notify([director.id], "overdue", new Date("2026-12-03T12:00:00Z"), "Torsdagens frist");
    dropProcessState();
    vi.resetModules();
    const later = await import("@/lib/services/mail-digests");
    await later.queueDueDigests(new Date("2026-12-04T13:00:00Z"));
    const digests = digestsOf(director.id);
    expect(digests).toHaveLength(2);
    expect(digests[1].text).toContain("Onsdagens frist");
    expect(digests[1].text).toContain("Torsdagens frist");
    expect(digests[1].text).not.toContain("Tirsdagens frist");
    await later.queueDueDigests(new Date("2026-12-04T13:05:00Z"));
    expect(digestsOf(director.id)).toHaveLength(2);
  });

  it("leave out notifications already read in the portal, and are not sent when all of them are", async () => {
    const director = demoUser("director");
    await queueDueDigests(new Date("2026-12-01T06:00:00Z"));
    const [read] = notify([director.id], "overdue", new Date("2026-12-01T10:00:00Z"), "Allerede læst i portalen");
    notify([director.id], "overdue", new Date("2026-12-01T11:00:00Z"), "Endnu ikke læst");
    markNotificationRead(director, read.id, new Date("2026-12-01T12:00:00Z"));
    await queueDueDigests(new Date("2026-12-02T06:00:00Z"));
    const [digest] = digestsOf(director.id);
    expect(digest.text).toContain("Endnu ikke læst");
    expect(digest.text).not.toContain("Allerede læst i portalen");
    expect(runsOf(director.id).find((run) => run.periodKey === "daily:2026-12-02")).toMatchObject({ notificationCount: 1 });

    notify([director.id], "overdue", new Date("2026-12-02T10:00:00Z"), "Læst samme dag");
    expect(markAllNotificationsRead(director, new Date("2026-12-02T18:00:00Z"))).toBe(2);
    await queueDueDigests(new Date("2026-12-03T06:00:00Z"));
    expect(digestsOf(director.id)).toHaveLength(1);
    expect(runsOf(director.id).find((run) => run.periodKey === "daily:2026-12-03")).toMatchObject({ notificationCount: 0, mailId: null });
  });

  it("leave out kinds set to off or immediate, and notifications already mailed", async () => {
    const director = demoUser("director");
    await queueDueDigests(new Date("2026-12-01T06:00:00Z"));
    db().insert(notificationPreferences).values({ userId: director.id, kind: "idea_update", delivery: "off", updatedAt: "2026-12-01T00:00:00Z" }).run();
    notify([director.id], "idea_update", new Date("2026-12-01T10:00:00Z"), "Idé behandlet");
    notify([director.id], "decision_made", new Date("2026-12-01T10:00:00Z"), "Beslutning truffet");
    // Mailed at once; then the director moves decisions to the daily digest: it is not mailed twice.
    db().insert(notificationPreferences).values({ userId: director.id, kind: "decision_made", delivery: "daily", updatedAt: "2026-12-01T11:00:00Z" }).run();
    await queueDueDigests(new Date("2026-12-02T06:00:00Z"));
    expect(mailsOf(director.id).map((mail) => mail.source)).toEqual(["notification"]);
    expect(runsOf(director.id).find((run) => run.periodKey === "daily:2026-12-02")).toMatchObject({ notificationCount: 0, mailId: null });
  });
});

describe("weekly digests", async () => {
  it("are due on Monday at 07:00 with the week's notifications, once", async () => {
    const staff = demoUser("staff");
    // "department_request" is in a staff member's weekly digest by default.
    await queueDueDigests(new Date("2026-11-30T06:00:00Z"));
    notify([staff.id], "department_request", new Date("2026-12-02T10:00:00Z"), "Ændringsanmodning i afdelingen", "/change-requests");
    await queueDueDigests(new Date("2026-12-03T06:00:00Z"));
    await queueDueDigests(new Date("2026-12-06T23:00:00Z"));
    expect(digestsOf(staff.id)).toEqual([]);
    await queueDueDigests(new Date("2026-12-07T06:00:00Z"));
    const [digest] = digestsOf(staff.id);
    expect(digest.subject).toBe("Styrerum: Ugens sammendrag");
    expect(digest.text).toContain("Ændringsanmodning i afdelingen");
    await queueDueDigests(new Date("2026-12-08T06:00:00Z"));
    expect(digestsOf(staff.id)).toHaveLength(1);
    expect(runsOf(staff.id).map((run) => run.periodKey)).toContain("weekly:2026-12-07");
  });
});
