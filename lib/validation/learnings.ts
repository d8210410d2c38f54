import { createHash } from "node:crypto";
import { z } from "zod";
import { experimentDecisions, learningKinds, searchKinds, sharingLevels } from "@/lib/codes";

const optionalId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional().catch(undefined);

const optionalText = (max: number) =>
  z
    .string()
    .transform((value) => value.trim().slice(0, max))
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);

/** URL filters of the Erfaringsbank; anything unreadable is ignored rather than failing the page. */
export const learningFilterSchema = z.object({
  q: optionalText(200),
  technology: optionalText(80),
  zone: optionalId,
  decision: z.enum(experimentDecisions).optional().catch(undefined),
  sharing: z.enum(sharingLevels).optional().catch(undefined),
  kind: z.enum(searchKinds).optional().catch(undefined),
});
export type LearningFilter = z.infer<typeof learningFilterSchema>;

export function parseLearningFilter(searchParams: Record<string, string | string[] | undefined>): LearningFilter {
  const first = Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]);
  return learningFilterSchema.parse(Object.fromEntries(first));
}

export const learningRefSchema = z.object({
  kind: z.enum(learningKinds, { error: "Ukendt type erfaring" }),
  id: z.coerce.number({ error: "Ukendt erfaring" }).int("Ukendt erfaring").positive("Ukendt erfaring").max(Number.MAX_SAFE_INTEGER, "Ukendt erfaring"),
});
export type LearningRef = z.infer<typeof learningRefSchema>;

/** The route params of a learning, or null when they name no possible learning. */
export function parseLearningRef(params: { kind: string; id: string }): LearningRef | null {
  const result = learningRefSchema.safeParse(params);
  return result.success ? result.data : null;
}

export const shareLinkIdSchema = z.coerce.number({ error: "Ukendt delingslink" }).int().positive().max(Number.MAX_SAFE_INTEGER);

/** 32 random bytes in base64url are 43 characters. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Only the SHA-256 of a share token is ever stored or compared. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Projects carry no sharing level of their own, so a closed project's closing learning counts as internal: it is
 * shown and printed inside the portal, but never given a public share link until a project can be marked Offentlig.
 */
export const projectLearningSharing = "internal" as const;
