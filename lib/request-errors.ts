/** What the log records of a server error: enough to find it from a user's fejlreference, no request data. */
export function requestErrorFields(
  error: unknown,
  request: { path: string; method: string; headers: NodeJS.Dict<string | string[]> },
  context: { routePath: string; routeType: string },
): Record<string, unknown> {
  const requestId = request.headers["x-request-id"];
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    requestId: typeof requestId === "string" ? requestId : null,
    fejlreference: (error as { digest?: unknown } | null)?.digest ?? null,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    err: { type: failure.name, message: failure.message, stack: failure.stack },
  };
}
