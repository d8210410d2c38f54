import { z } from "zod";
import { maxPasswordLength } from "./account";

const code = z
  .string({ error: "Skriv koden fra din godkendelsesapp" })
  .trim()
  .min(1, "Skriv koden fra din godkendelsesapp")
  .max(40, "Koden er for lang");

/** The first code that confirms an enrolment. */
export const enrolmentConfirmSchema = z.object({ code });

/** Turning two-factor off takes the password and a current code. */
export const twoFactorDisableSchema = z.object({
  password: z.string({ error: "Skriv din adgangskode" }).min(1, "Skriv din adgangskode").max(maxPasswordLength),
  code,
});

/** The code step of a sign-in: the pending token the browser holds and a code or recovery code. */
export const twoFactorLoginSchema = z.object({
  pendingToken: z.string().min(20).max(100),
  code: z.string().trim().min(1).max(40),
});
