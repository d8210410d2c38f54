/** Where to go after signing in: a path on this site only (never another host). */
export function safeRedirectTarget(value: FormDataEntryValue | null | undefined): string {
  const target = typeof value === "string" ? value : "/";
  return target.startsWith("/") && !target.startsWith("//") && !target.startsWith("/\\") ? target : "/";
}
