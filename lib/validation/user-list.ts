import { z } from "zod";
import type { SearchParams } from "./pagination";

export const userSorts = ["name", "last_login"] as const;
export type UserSort = (typeof userSorts)[number];

/** `?sort=` of the administrators' user list; anything unknown falls back to name. */
export function parseUserSort(searchParams: SearchParams): UserSort {
  const raw = searchParams.sort;
  return z.enum(userSorts).catch("name").parse(Array.isArray(raw) ? raw[0] : raw);
}
