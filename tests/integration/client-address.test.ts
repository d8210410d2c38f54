import { afterEach, describe, expect, it } from "vitest";
import { auditEvents, loginFailures } from "@/db/schema";
import { seedAdmin } from "@/db/seed";
import { socketAddressHeader } from "@/lib/domain/client-address";
import { clientIp } from "@/lib/request";
import { attemptLogin } from "@/lib/services/auth";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();
const email = "it@kommune.dk";
const password = "en-lang-adgangskode";

function requestHeaders(socket: string, forwardedFor?: string): Headers {
  const headers = new Headers({ [socketAddressHeader]: socket });
  if (forwardedFor) headers.set("x-forwarded-for", forwardedFor);
  return headers;
}
const loginFrom = (headers: Headers, typed = password) =>
  attemptLogin({ email, password: typed, ip: clientIp(headers), userAgent: "vitest" });

afterEach(() => {
  delete process.env.STYRERUM_TRUSTED_PROXIES;
});

describe("client address of a login", () => {
  it("ignores a spoofed X-Forwarded-For without trusted proxies: failures land on the real address", async () => {
    await seedAdmin(db(), email, password);
    const spoofed = requestHeaders("::ffff:203.0.113.5", "10.0.0.1");
    for (let index = 0; index < 10; index += 1) await loginFrom(spoofed, "forkert");
    expect(new Set(db().select().from(loginFailures).all().map((row) => row.ip))).toEqual(new Set(["203.0.113.5"]));
    const loginEvents = db().select().from(auditEvents).all().filter((row) => row.action.startsWith("login."));
    expect(new Set(loginEvents.map((row) => row.ip))).toEqual(new Set(["203.0.113.5"]));
    // The address the attacker named is untouched: its owner signs in.
    expect((await loginFrom(requestHeaders("10.0.0.1"))).ok).toBe(true);
    // Changing the header does not get the attacker round the throttle either.
    expect(await loginFrom(requestHeaders("203.0.113.5", "198.51.100.99"))).toEqual({ ok: false, reason: "locked" });
  });

  it("honours X-Forwarded-For past trusted hops only", async () => {
    await seedAdmin(db(), email, password);
    process.env.STYRERUM_TRUSTED_PROXIES = "127.0.0.1, 10.0.0.0/8";
    await loginFrom(requestHeaders("::ffff:127.0.0.1", "1.2.3.4, 198.51.100.7, 10.2.3.4"), "forkert");
    await loginFrom(requestHeaders("203.0.113.5", "198.51.100.8"), "forkert");
    expect(db().select().from(loginFailures).all().map((row) => row.ip)).toEqual(["198.51.100.7", "203.0.113.5"]);
  });

  it("refuses a bad trusted-proxy list with one Danish line", () => {
    process.env.STYRERUM_TRUSTED_PROXIES = "alle";
    expect(() => clientIp(requestHeaders("127.0.0.1"))).toThrow(/STYRERUM_TRUSTED_PROXIES.*hverken en IP-adresse/);
  });
});
