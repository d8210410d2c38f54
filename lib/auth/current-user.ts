import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db";
import { recordAudit } from "@/lib/audit";
import { noteRequestUser } from "@/lib/log.mjs";
import { canEver, type Capability } from "@/lib/permissions";
import { clientIp } from "@/lib/request";
import { resolveSession, type SessionUser } from "@/lib/services/auth";
import { sessionIdFromCookies } from "./session-token";
import { ForbiddenError } from "@/lib/services/errors";

/** The session's user, read from the database once per request, including one who may only enrol two-factor. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const sid = await sessionIdFromCookies(await cookies());
  const user = sid ? resolveSession(sid) : null;
  if (user) noteRequestUser(user.id);
  return user;
});

/** The signed-in user; null when the session is not valid or still waits for two-factor enrolment. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const user = await getSessionUser();
  return user && !user.twoFactorEnrolmentRequired ? user : null;
});

/** Where a user whose role requires two-factor, and who has not set it up, is sent after the password. */
export const twoFactorEnrolmentPath = "/login/two-factor-setup";

export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  if (user.twoFactorEnrolmentRequired) redirect(twoFactorEnrolmentPath);
  return user;
}

/** The signed-in user even while two-factor enrolment is still required: for the enrolment page and its actions only. */
export async function requireEnrollingUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** Records a refused access and renders the 403 page. */
export async function denyAccess(user: SessionUser, what: string): Promise<never> {
  const ip = clientIp(await headers());
  getDb().transaction((tx) =>
    recordAudit(tx, { actorId: user.id, actorRole: user.role, action: "access.denied", objectType: "route", objectId: what, outcome: "denied", ip }),
  );
  forbidden();
}

export async function requireCapability(capability: Capability, what: string = capability): Promise<SessionUser> {
  const user = await requireUser();
  if (!canEver(user, capability)) await denyAccess(user, what);
  return user;
}

/** For server actions: the signed-in user, or a ForbiddenError the action turns into a message. */
export async function requireActionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new ForbiddenError("Du er ikke logget ind længere. Log ind igen.");
  if (user.twoFactorEnrolmentRequired) throw new ForbiddenError("Opret totrinsbekræftelse, før du kan fortsætte.");
  return user;
}
