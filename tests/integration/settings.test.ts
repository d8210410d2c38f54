import { describe, expect, it } from "vitest";
import { settings } from "@/db/schema";
import { defaultSettings, readSettings } from "@/lib/settings";
import { withTempDatabase } from "./temp-database";

const db = withTempDatabase();

describe("readSettings", () => {
  it("gives the defaults for what is not stored and the stored value for the rest", () => {
    db().insert(settings).values({ key: "staleReportDays", value: "10" }).run();
    const read = readSettings();
    expect(read.staleReportDays).toBe(10);
    expect(read.municipalityName).toBe(defaultSettings.municipalityName);
  });

  it("outside a render reads afresh each time, so a change is seen by the next request", () => {
    expect(readSettings().benefitTolerance).toBe(defaultSettings.benefitTolerance);
    db().insert(settings).values({ key: "benefitTolerance", value: "0.25" }).run();
    expect(readSettings().benefitTolerance).toBe(0.25);
  });

  it("reads what a transaction sees when given the transaction", () => {
    const inside = db().transaction((tx) => {
      tx.insert(settings).values({ key: "municipalityName", value: "Egeby Kommune" }).run();
      return readSettings(tx).municipalityName;
    });
    expect(inside).toBe("Egeby Kommune");
  });
});
