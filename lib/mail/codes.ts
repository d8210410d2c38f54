/**
 * The codes of the mail queue and the digests. Imports nothing, so the schema, the services and client
 * components can share them.
 */

export const mailStatuses = ["queued", "sent", "failed"] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** What a queued mail was made from. */
export const mailSources = ["notification", "digest", "one_time_link"] as const;
export type MailSource = (typeof mailSources)[number];

/** The two digest rhythms: every morning, and Monday mornings. */
export const digestFrequencies = ["daily", "weekly"] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];
