import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  deriveClientAddress,
  normalizeAddress,
  parseAddressRange,
  socketAddressHeader,
  type AddressRange,
} from "@/lib/domain/client-address";

const ranges = (...texts: string[]): AddressRange[] => texts.map((text) => parseAddressRange(text)!);

describe("address parsing", () => {
  it.each([
    ["10.0.0.1", "10.0.0.1"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:7f00:1", "127.0.0.1"],
    ["::1", "::1"],
    ["2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["fe80::1%eth0", "fe80::1"],
    ["[2001:db8::7]:443", "2001:db8::7"],
    ["192.0.2.4:5000", "192.0.2.4"],
    ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"],
  ])("reads %s as %s", (raw, canonical) => {
    expect(normalizeAddress(raw)).toBe(canonical);
  });

  it.each(["", "unknown", "256.1.1.1", "1.2.3", "01.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "evil.example"])(
    "refuses %j",
    (raw) => {
      expect(normalizeAddress(raw)).toBeNull();
    },
  );

  it("reads ranges of both families and refuses nonsense", () => {
    expect(parseAddressRange("10.0.0.0/8")?.prefix).toBe(104);
    expect(parseAddressRange("2001:db8::/32")?.prefix).toBe(32);
    expect(parseAddressRange("192.0.2.1")?.prefix).toBe(128);
    for (const bad of ["10.0.0.0/33", "2001:db8::/129", "10.0.0.0/x", "proxy.local", "10.0.0.0/8/8"]) {
      expect(parseAddressRange(bad)).toBeNull();
    }
  });
});

describe("client address", () => {
  it("without trusted proxies uses the socket and ignores a spoofed X-Forwarded-For", () => {
    expect(deriveClientAddress({ socketAddress: "::ffff:203.0.113.5", forwardedFor: "10.0.0.1", trustedProxies: [] })).toBe("203.0.113.5");
  });

  it("ignores X-Forwarded-For when the socket is not a trusted proxy", () => {
    const trusted = ranges("10.0.0.0/8");
    expect(deriveClientAddress({ socketAddress: "203.0.113.5", forwardedFor: "198.51.100.1", trustedProxies: trusted })).toBe("203.0.113.5");
  });

  it("walks right to left past trusted hops and stops at the first untrusted one", () => {
    const trusted = ranges("10.0.0.0/8", "2001:db8:ffff::/48");
    const forwardedFor = "1.1.1.1, 198.51.100.7, 2001:db8:ffff::2, 10.1.2.3";
    expect(deriveClientAddress({ socketAddress: "::ffff:10.0.0.2", forwardedFor, trustedProxies: trusted })).toBe("198.51.100.7");
  });

  it("handles IPv6 clients behind a trusted proxy", () => {
    const trusted = ranges("::1");
    expect(deriveClientAddress({ socketAddress: "::1", forwardedFor: "2001:DB8::42", trustedProxies: trusted })).toBe("2001:db8::42");
  });

  it("takes the leftmost hop when every hop is trusted, and the proxy itself when nothing was forwarded", () => {
    const trusted = ranges("10.0.0.0/8");
    expect(deriveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "10.9.9.9, 10.0.0.3", trustedProxies: trusted })).toBe("10.9.9.9");
    expect(deriveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: null, trustedProxies: trusted })).toBe("10.0.0.2");
  });

  it("stops at the last trusted hop when an entry cannot be read", () => {
    const trusted = ranges("10.0.0.0/8");
    expect(deriveClientAddress({ socketAddress: "10.0.0.2", forwardedFor: "1.1.1.1, garbage", trustedProxies: trusted })).toBe("10.0.0.2");
  });

  it("is unknown without a socket address", () => {
    expect(deriveClientAddress({ socketAddress: null, forwardedFor: "1.1.1.1", trustedProxies: ranges("0.0.0.0/0") })).toBe("unknown");
  });

  it("the server stamps the same header the app reads", () => {
    expect(fs.readFileSync("scripts/serve-worker.mjs", "utf8")).toContain(`"${socketAddressHeader}"`);
  });
});
