// @ts-check
/**
 * The route pattern a path belongs to (`/projects/DIG-2024-002` → `/projects/[code]`), for the request log: the log
 * groups requests by route and never records the ids in a path. Read from the production build's routes manifest.
 *
 * Plain JavaScript so the server can load it without a build step.
 */
import fs from "node:fs";
import path from "node:path";

/** @typedef {{ page: string; regex: RegExp }} Route */

/**
 * @param {{ staticRoutes?: { page: string; regex: string }[]; dynamicRoutes?: { page: string; regex: string }[] }} manifest
 * @returns {(pathname: string) => string}
 */
export function routeMatcher(manifest) {
  /** @type {Route[]} */
  const routes = [...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])].map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return "/_next/*";
    return routes.find((route) => route.regex.test(pathname))?.page ?? "(ukendt)";
  };
}

/** The matcher for the build in `dir` (empty in development, where every path is "(ukendt)" but /_next). */
export function routeMatcherForBuild(/** @type {string} */ dir) {
  const file = path.join(dir, ".next", "routes-manifest.json");
  return routeMatcher(fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {});
}
