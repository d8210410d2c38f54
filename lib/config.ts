import path from "node:path";
import { z } from "zod";
import { serverWorkerCount } from "./server-process.mjs";
import { parseAddressRange, type AddressRange } from "./domain/client-address";

const flag = (name: string) =>
  z
    .enum(["0", "1", "true", "false", "yes", "no", ""], { error: `${name} skal være 1 eller 0` })
    .optional()
    .transform((value) => value === undefined || value === "" || ["1", "true", "yes"].includes(value));

/** Comma-separated addresses and CIDR ranges of the reverse proxies whose X-Forwarded-For is believed. */
const trustedProxiesSchema = z
  .string()
  .optional()
  .transform((value, ctx): AddressRange[] => {
    const entries = (value ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    const ranges: AddressRange[] = [];
    for (const entry of entries) {
      const range = parseAddressRange(entry);
      if (!range) {
        ctx.addIssue({
          code: "custom",
          message: `STYRERUM_TRUSTED_PROXIES: "${entry.slice(0, 60)}" er hverken en IP-adresse eller et CIDR-interval (fx 10.0.0.0/8 eller 2001:db8::/32)`,
        });
        return z.NEVER;
      }
      ranges.push(range);
    }
    return ranges;
  });

/** Single sign-on through OpenID Connect: all three of issuer, client id and secret, or none (SSO off). */
const oidcShape = {
  STYRERUM_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "STYRERUM_OIDC_ISSUER skal være en URL, fx https://login.microsoftonline.com/<tenant>/v2.0" })
    .optional(),
  STYRERUM_OIDC_CLIENT_ID: z.string().trim().min(1).max(200, "STYRERUM_OIDC_CLIENT_ID er for lang").optional(),
  STYRERUM_OIDC_CLIENT_SECRET: z.string().min(1).max(500, "STYRERUM_OIDC_CLIENT_SECRET er for lang").optional(),
  STYRERUM_OIDC_NAME: z.string().trim().min(1).max(60, "STYRERUM_OIDC_NAME må højst være 60 tegn").optional(),
};

const oidcSchema = z.object(oidcShape).superRefine((value, ctx) => {
  const given = [value.STYRERUM_OIDC_ISSUER, value.STYRERUM_OIDC_CLIENT_ID, value.STYRERUM_OIDC_CLIENT_SECRET].filter(Boolean).length;
  if (given > 0 && given < 3) {
    ctx.addIssue({
      code: "custom",
      message: "Single sign-on kræver både STYRERUM_OIDC_ISSUER, STYRERUM_OIDC_CLIENT_ID og STYRERUM_OIDC_CLIENT_SECRET",
    });
  }
});

/** Outgoing mail: SMTP when a URL is given (else .eml files in DATA_DIR/outbox), the sender, and the portal's public address for links. */
const mailShape = {
  STYRERUM_SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "STYRERUM_SMTP_URL skal være en smtp://- eller smtps://-adresse, fx smtp://bruger:kode@mail.kommune.dk:587" })
    .optional(),
  STYRERUM_MAIL_FROM: z.string().trim().min(3).max(200, "STYRERUM_MAIL_FROM er for lang").optional(),
  STYRERUM_PUBLIC_URL: z.url({ protocol: /^https?$/, error: "STYRERUM_PUBLIC_URL skal være en http(s)-adresse, fx https://styrerum.kommune.dk" }).optional(),
  PORT: z.coerce.number({ error: "PORT skal være et tal" }).int("PORT skal være et heltal").min(1).max(65535).optional(),
};

const mailSchema = z.object(mailShape).superRefine((value, ctx) => {
  if (value.STYRERUM_SMTP_URL && !value.STYRERUM_MAIL_FROM) {
    ctx.addIssue({ code: "custom", message: "STYRERUM_SMTP_URL kræver også STYRERUM_MAIL_FROM (afsenderen, fx Styrerum <styrerum@kommune.dk>)" });
  }
});

export type MailConfig = {
  /** null: every mail is written as an .eml file to DATA_DIR/outbox instead. */
  smtpUrl: string | null;
  from: string;
  /** The portal's public base URL, without a trailing slash. */
  publicUrl: string;
};

export const defaultMailFrom = "Styrerum <styrerum@localhost>";

function mailOf(value: z.infer<typeof mailSchema>): MailConfig {
  return {
    smtpUrl: value.STYRERUM_SMTP_URL ?? null,
    from: value.STYRERUM_MAIL_FROM ?? defaultMailFrom,
    publicUrl: (value.STYRERUM_PUBLIC_URL ?? `http://localhost:${value.PORT ?? 3000}`).replace(/\/+$/, ""),
  };
}

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export const defaultOidcName = "Log ind med Microsoft";

function oidcOf(value: z.infer<typeof oidcSchema>): OidcConfig | null {
  if (!value.STYRERUM_OIDC_ISSUER || !value.STYRERUM_OIDC_CLIENT_ID || !value.STYRERUM_OIDC_CLIENT_SECRET) return null;
  return {
    issuer: value.STYRERUM_OIDC_ISSUER,
    clientId: value.STYRERUM_OIDC_CLIENT_ID,
    clientSecret: value.STYRERUM_OIDC_CLIENT_SECRET,
    name: value.STYRERUM_OIDC_NAME ?? defaultOidcName,
  };
}

const blankToUndefined = (env: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === "" && key !== "STYRERUM_DEMO" ? undefined : value]));

const configSchema = z
  .object({
    ...oidcShape,
    PORT: z.coerce
      .number({ error: "PORT skal være et tal" })
      .int("PORT skal være et heltal")
      .min(1, "PORT skal være mellem 1 og 65535")
      .max(65535, "PORT skal være mellem 1 og 65535")
      .default(3000),
    DATA_DIR: z.string().min(1, "DATA_DIR må ikke være tom").default("data"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET skal være mindst 32 tegn").optional(),
    AUTH_TRUST_HOST: flag("AUTH_TRUST_HOST"),
    STYRERUM_DEMO: flag("STYRERUM_DEMO"),
    STYRERUM_ADMIN_EMAIL: z.email("STYRERUM_ADMIN_EMAIL skal være en gyldig e-mailadresse").optional(),
    STYRERUM_ADMIN_PASSWORD: z
      .string()
      .min(12, "STYRERUM_ADMIN_PASSWORD skal være mindst 12 tegn")
      .optional(),
    STYRERUM_TRUSTED_PROXIES: trustedProxiesSchema,
    STYRERUM_SMTP_URL: mailShape.STYRERUM_SMTP_URL,
    STYRERUM_MAIL_FROM: mailShape.STYRERUM_MAIL_FROM,
    STYRERUM_PUBLIC_URL: mailShape.STYRERUM_PUBLIC_URL,
    STYRERUM_LOG_LEVEL: z
      .enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"], { error: "STYRERUM_LOG_LEVEL skal være debug, info, warn, error eller silent" })
      .optional(),
    STYRERUM_SHUTDOWN_TIMEOUT_MS: z.coerce
      .number({ error: "STYRERUM_SHUTDOWN_TIMEOUT_MS skal være et tal" })
      .int("STYRERUM_SHUTDOWN_TIMEOUT_MS skal være et heltal")
      .min(0, "STYRERUM_SHUTDOWN_TIMEOUT_MS må ikke være negativ")
      .max(600_000, "STYRERUM_SHUTDOWN_TIMEOUT_MS må højst være 600000 (10 minutter)")
      .optional(),
    STYRERUM_WORKERS: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        // The server's own rule (lib/server-process.mjs), so npm start and the server refuse the same values.
        try {
          serverWorkerCount(value);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
  })
  .superRefine((value, ctx) => {
    const oidc = oidcSchema.safeParse(value);
    if (!oidc.success) ctx.addIssue({ code: "custom", message: oidc.error.issues[0].message });
    const mail = mailSchema.safeParse(value);
    if (!mail.success) ctx.addIssue({ code: "custom", message: mail.error.issues[0].message });
    if (!value.STYRERUM_DEMO && (!value.STYRERUM_ADMIN_EMAIL || !value.STYRERUM_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: "custom",
        message: "STYRERUM_DEMO=0 kræver STYRERUM_ADMIN_EMAIL og STYRERUM_ADMIN_PASSWORD",
      });
    }
  });

export type AppConfig = {
  port: number;
  dataDir: string;
  databaseFile: string;
  authSecret: string | undefined;
  trustHost: boolean;
  demo: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  trustedProxies: AddressRange[];
  /** Single sign-on, or null when not configured. */
  oidc: OidcConfig | null;
  mail: MailConfig;
};

export class ConfigError extends Error {}

/** Parses the environment once; an invalid value throws a ConfigError with one Danish line. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = configSchema.safeParse(blankToUndefined(env));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`Ugyldig konfiguration: ${issue.message}`);
  }
  const value = result.data;
  const dataDir = path.resolve(value.DATA_DIR);
  return {
    port: value.PORT,
    dataDir,
    databaseFile: path.join(dataDir, "styrerum.db"),
    authSecret: value.AUTH_SECRET,
    trustHost: value.AUTH_TRUST_HOST,
    demo: value.STYRERUM_DEMO,
    adminEmail: value.STYRERUM_ADMIN_EMAIL?.toLowerCase(),
    adminPassword: value.STYRERUM_ADMIN_PASSWORD,
    trustedProxies: value.STYRERUM_TRUSTED_PROXIES,
    oidc: oidcOf(value),
    mail: mailOf(value),
  };
}

/** The single sign-on variables alone, for the request path: null when SSO is not configured; a bad value throws a ConfigError. */
export function parseOidcConfig(env: Record<string, string | undefined>): OidcConfig | null {
  const result = oidcSchema.safeParse(blankToUndefined(env));
  if (!result.success) throw new ConfigError(`Ugyldig konfiguration: ${result.error.issues[0].message}`);
  return oidcOf(result.data);
}

/** The mail variables alone, for the jobs and services that send mail; a bad value throws a ConfigError. */
export function parseMailConfig(env: Record<string, string | undefined>): MailConfig {
  const result = mailSchema.safeParse(blankToUndefined(env));
  if (!result.success) throw new ConfigError(`Ugyldig konfiguration: ${result.error.issues[0].message}`);
  return mailOf(result.data);
}

/** STYRERUM_TRUSTED_PROXIES alone, for the request path; a bad value throws a ConfigError with one Danish line. */
export function parseTrustedProxies(value: string | undefined): AddressRange[] {
  const result = trustedProxiesSchema.safeParse(value === "" ? undefined : value);
  if (!result.success) throw new ConfigError(`Ugyldig konfiguration: ${result.error.issues[0].message}`);
  return result.data;
}

/** Whether single sign-on is configured (a misconfiguration counts as not: the server refuses to start with one anyway). */
export function isSsoConfigured(env: Record<string, string | undefined> = process.env): boolean {
  try {
    return parseOidcConfig(env) !== null;
  } catch {
    return false;
  }
}
