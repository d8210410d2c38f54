import { describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { withTempDatabase } from "./temp-database";

const getDb = withTempDatabase();

describe("health", () => {
  it("reports liveness without caching", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is ready when the database answers and has exactly the code's migrations", async () => {
    const response = ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "reachable", schema: "current" });
  });

  it("is not ready on a database with a missing migration", async () => {
    getDb().$client.prepare("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)").run();
    const response = ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "error", schema: "older" });
  });

  it("is not ready on a database from a newer version", async () => {
    getDb().$client.prepare("insert into __drizzle_migrations (hash, created_at) values ('fremtid', 99999999999999)").run();
    const response = ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "error", schema: "newer" });
  });

  it("is not ready when the database cannot be queried", async () => {
    getDb().$client.close();
    const response = ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: "unreachable" });
  });
});
