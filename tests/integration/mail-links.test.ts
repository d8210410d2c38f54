import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { departments, mailMessages } from "@/db/schema";
import type { Role } from "@/lib/codes";
import { ForbiddenError } from "@/lib/services/errors";
import { deliverQueuedMails } from "@/lib/services/mail-delivery";
import { createUser, resetUserPassword } from "@/lib/services/user-admin";
import { decodedBody, mailsOf, outboxFiles, publicUrl } from "./mail-fixtures";
import { withDemoDatabase } from "./temp-database";
import { demoActor, demoEmails, form, userByEmail } from "./user-admin-fixtures";

const db = withDemoDatabase();
const admin = () => demoActor(db(), "admin");
const newUser = { name: "Ida Holm", email: "ida.holm@egeby.dk", title: "Projektleder", role: "staff" };
const departmentId = () => db().select().from(departments).where(eq(departments.name, "Social og Sundhed")).get()!.id;

beforeEach(() => {
  process.env.STYRERUM_PUBLIC_URL = publicUrl;
});
afterEach(() => {
  delete process.env.STYRERUM_PUBLIC_URL;
});

describe("one-time links by e-mail", () => {
  it("mail a new user their welcome link, and keep no usable token once it is sent", async () => {
    const link = createUser(admin(), form({ ...newUser, departmentId: departmentId() }));
    const user = userByEmail(db(), newUser.email);
    const [mail] = mailsOf(user.id);
    expect(mail).toMatchObject({ recipient: newUser.email, source: "one_time_link", status: "queued", subject: "Styrerum: Velkommen – vælg din adgangskode" });
    expect(mail.text).toContain(`${publicUrl}${link.path}`);
    await deliverQueuedMails(new Date(Date.now() + 1000));
    const raw = fs.readFileSync(outboxFiles()[0], "utf8");
    expect(decodedBody(raw)).toContain(`${publicUrl}${link.path}`);
    const stored = db().select().from(mailMessages).where(eq(mailMessages.id, mail.id)).get()!;
    expect(stored.status).toBe("sent");
    expect(stored.text).not.toContain(link.token);
    expect(stored.html).not.toContain(link.token);
    expect(stored.text).toContain("/set-password/…");
  });

  it("mail a reset link to the user, and nothing when a non-administrator tries", () => {
    const staff = userByEmail(db(), demoEmails.staff);
    const link = resetUserPassword(admin(), staff.id);
    const mails = mailsOf(staff.id);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Styrerum: Nulstilling af din adgangskode");
    expect(mails[0].text).toContain(link.path);
    for (const role of ["director", "department_head", "staff"] as Role[]) {
      expect(() => resetUserPassword(demoActor(db(), role), staff.id)).toThrow(ForbiddenError);
    }
    expect(mailsOf(staff.id)).toHaveLength(1);
  });
});
