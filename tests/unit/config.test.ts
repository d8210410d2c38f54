import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/config";

describe("configuration", () => {
  it("has sensible defaults", () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe(path.resolve("data"));
    expect(config.databaseFile).toBe(path.join(path.resolve("data"), "styrerum.db"));
    expect(config.demo).toBe(true);
    expect(config.authSecret).toBeUndefined();
  });

  it("reads every variable", () => {
    const config = parseConfig({
      PORT: "8080",
      DATA_DIR: "/srv/styrerum",
      AUTH_SECRET: "x".repeat(40),
      AUTH_TRUST_HOST: "true",
      STYRERUM_DEMO: "0",
      STYRERUM_ADMIN_EMAIL: "IT@Kommune.dk",
      STYRERUM_ADMIN_PASSWORD: "en-lang-adgangskode",
    });
    expect(config).toMatchObject({ port: 8080, dataDir: "/srv/styrerum", demo: false, trustHost: true, adminEmail: "it@kommune.dk" });
  });

  it("trusts no proxy by default and reads a list of addresses and ranges of both families", () => {
    expect(parseConfig({}).trustedProxies).toEqual([]);
    expect(parseConfig({ STYRERUM_TRUSTED_PROXIES: " 10.0.0.0/8, ::1 ,2001:db8::/32" }).trustedProxies.map((range) => range.prefix)).toEqual([
      104, 128, 32,
    ]);
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ AUTH_SECRET: "kort" }, "AUTH_SECRET"],
    [{ STYRERUM_DEMO: "måske" }, "STYRERUM_DEMO"],
    [{ STYRERUM_TRUSTED_PROXIES: "10.0.0.0/8, proxy.intern" }, "STYRERUM_TRUSTED_PROXIES"],
    [{ STYRERUM_TRUSTED_PROXIES: "10.0.0.0/40" }, "STYRERUM_TRUSTED_PROXIES"],
    [{ STYRERUM_LOG_LEVEL: "snakkesalig" }, "STYRERUM_LOG_LEVEL"],
    [{ STYRERUM_SHUTDOWN_TIMEOUT_MS: "-1" }, "STYRERUM_SHUTDOWN_TIMEOUT_MS"],
    [{ STYRERUM_WORKERS: "0" }, "STYRERUM_WORKERS"],
    [{ STYRERUM_WORKERS: "to" }, "STYRERUM_WORKERS"],
    [{ STYRERUM_WORKERS: "1.5" }, "STYRERUM_WORKERS"],
    [{ STYRERUM_DEMO: "0" }, "STYRERUM_ADMIN_EMAIL"],
    [{ STYRERUM_DEMO: "0", STYRERUM_ADMIN_EMAIL: "ikke-en-mail", STYRERUM_ADMIN_PASSWORD: "en-lang-adgangskode" }, "STYRERUM_ADMIN_EMAIL"],
    [{ STYRERUM_DEMO: "0", STYRERUM_ADMIN_EMAIL: "it@kommune.dk", STYRERUM_ADMIN_PASSWORD: "kort" }, "STYRERUM_ADMIN_PASSWORD"],
  ])("refuses %o with one line naming %s", (env, variable) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(variable);
    expect(message).not.toContain("\n");
  });
});
