import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditEvents, notifications } from "@/db/schema";
import { countUnreadNotifications, listNotifications } from "@/lib/queries/notifications";
import { ForbiddenError, NotFoundError } from "@/lib/services/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/services/notification-reading";
import { insertNotification } from "./notification-fixtures";
import { auditCount, caught, fixedNow, seedWorld, type World } from "./project-fixtures";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
let world: World;

beforeEach(() => {
  world = seedWorld(db());
});

const allNotifications = () => db().select().from(notifications).orderBy(asc(notifications.id)).all();
const lastAudit = () => db().select().from(auditEvents).orderBy(asc(auditEvents.id)).all().at(-1)!;

describe("opening a notification", () => {
  it("marks one's own read and leads to its link, without an audit event", () => {
    const id = insertNotification(db(), world.lead.id);
    const other = insertNotification(db(), world.lead.id, { title: "En anden" });
    const events = auditCount(db());

    expect(markNotificationRead(world.lead, id, fixedNow)).toEqual({ link: "/projects/DIG-2026-007" });
    const [opened, untouched] = allNotifications();
    expect(opened.readAt).toBe(fixedNow.toISOString());
    expect(untouched.id).toBe(other);
    expect(untouched.readAt).toBeNull();
    expect(auditCount(db())).toBe(events);

    // Opening it again keeps the first read time.
    markNotificationRead(world.lead, id, new Date(fixedNow.getTime() + 60_000));
    expect(allNotifications()[0].readAt).toBe(fixedNow.toISOString());
  });

  it("refuses someone else's, changes nothing and audits the refusal; an administrator is no exception", () => {
    const id = insertNotification(db(), world.lead.id);
    for (const intruder of [world.owner, world.admin, world.director]) {
      const before = allNotifications();
      const events = auditCount(db());
      expect(caught(() => markNotificationRead(intruder, id, fixedNow))).toBeInstanceOf(ForbiddenError);
      expect(allNotifications()).toEqual(before);
      expect(auditCount(db())).toBe(events + 1);
      expect(lastAudit()).toMatchObject({
        action: "notification.read",
        actorId: intruder.id,
        objectType: "notification",
        objectId: String(id),
        outcome: "denied",
      });
    }
  });

  it("an unknown or malformed id is not found, and nothing changes", () => {
    insertNotification(db(), world.lead.id);
    const before = allNotifications();
    for (const id of [999, 0, -1, Number.NaN]) expect(caught(() => markNotificationRead(world.lead, id, fixedNow))).toBeInstanceOf(NotFoundError);
    expect(allNotifications()).toEqual(before);
  });

  it("never leads outside the portal, whatever link was stored", () => {
    const id = insertNotification(db(), world.lead.id, { link: "//evil.example/phish" });
    expect(markNotificationRead(world.lead, id, fixedNow)).toEqual({ link: "/notifications" });
  });
});

describe("marking all read", () => {
  it("marks only the actor's unread ones and reports how many", () => {
    insertNotification(db(), world.lead.id);
    insertNotification(db(), world.lead.id, { readAt: "2026-11-20T10:00:00.000Z" });
    insertNotification(db(), world.lead.id);
    const othersId = insertNotification(db(), world.owner.id);

    expect(markAllNotificationsRead(world.lead, fixedNow)).toBe(2);
    const rows = allNotifications();
    expect(rows.filter((row) => row.userId === world.lead.id).map((row) => row.readAt)).toEqual([
      fixedNow.toISOString(),
      "2026-11-20T10:00:00.000Z",
      fixedNow.toISOString(),
    ]);
    expect(rows.find((row) => row.id === othersId)!.readAt).toBeNull();
    expect(countUnreadNotifications(world.lead.id)).toBe(0);
    expect(countUnreadNotifications(world.owner.id)).toBe(1);
    expect(markAllNotificationsRead(world.lead, fixedNow)).toBe(0);
  });
});

describe("the list and the bell's count", () => {
  it("lists one's own newest first, page by page, with the unread count", () => {
    for (let day = 1; day <= 12; day++) {
      const createdAt = `2026-11-${String(day).padStart(2, "0")}T08:00:00.000Z`;
      insertNotification(db(), world.lead.id, { title: `Nummer ${day}`, createdAt, readAt: day % 2 === 0 ? createdAt : null });
    }
    insertNotification(db(), world.owner.id, { title: "Ikke min" });

    const first = listNotifications(world.lead.id, { page: 1, limit: 5, offset: 0 });
    expect(first.rows.map((row) => row.title)).toEqual(["Nummer 12", "Nummer 11", "Nummer 10", "Nummer 9", "Nummer 8"]);
    expect(first.rows.map((row) => row.read)).toEqual([true, false, true, false, true]);
    expect(first.info).toMatchObject({ total: 12, pageCount: 3 });
    expect(first.unread).toBe(6);
    expect(countUnreadNotifications(world.lead.id)).toBe(6);

    const last = listNotifications(world.lead.id, { page: 3, limit: 5, offset: 10 });
    expect(last.rows.map((row) => row.title)).toEqual(["Nummer 2", "Nummer 1"]);
  });

  it("counts over the unread index, with no table scan", () => {
    const plan = db()
      .$client.prepare("explain query plan select count(*) from notifications where user_id = ? and read_at is null")
      .all(world.lead.id) as { detail: string }[];
    expect(plan.map((step) => step.detail).join(" ")).toMatch(/USING COVERING INDEX notifications_user_unread_idx/);
  });
});
