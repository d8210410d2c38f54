// @ts-check

// Pages get their Content-Security-Policy, with a per-request script nonce, from scripts/serve.mjs (lib/page-guard.mjs).
// Route handlers (JSON) run no scripts at all.
const routeHandlerPolicy = [
  "default-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Board papers (/attachments/<id>) set their own X-Frame-Options and policy: an inline PDF may be framed by meeting
// mode on this site, so the blanket DENY must not reach them first (a header already set is never replaced).
const frameDenied = { source: "/((?!attachments/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] };

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pino", "pino-pretty"],
  // A board paper (up to the settings' limit, at most 28 MB) is posted to a server action, and so is a portfolio import (up to 10 MB)
  // and a user import (CSV up to 2 MB).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "30mb" } },
  // `npm test` type-checks with tsc before it builds; checking again inside the build only costs minutes.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      frameDenied,
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: routeHandlerPolicy }] },
    ];
  },
};

module.exports = nextConfig;
