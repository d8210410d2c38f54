const siteOrigin = "http://styrerum.invalid";

/**
 * Where to go after signing in: a path on this site only, never another host. A browser drops tabs and line breaks
 * from a URL and reads a backslash as a slash, so "/\t/evil.example" would leave the site: a target with any control
 * character, whitespace or backslash is refused, and what is left must resolve to this site.
 */
export function safeRedirectTarget(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u0020\u007f\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, siteOrigin);
  } catch {
    return "/";
  }
  return url.origin === siteOrigin ? `${url.pathname}${url.search}${url.hash}` : "/";
}
