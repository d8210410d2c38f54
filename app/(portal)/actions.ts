"use server";

import { headers } from "next/headers";
import { signOut } from "@/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/request";
import { endSession } from "@/lib/services/auth";

export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  if (user) endSession(user.sessionId, clientIp(await headers()));
  await signOut({ redirectTo: "/login" });
}
