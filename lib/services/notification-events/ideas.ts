import "server-only";
import type { DbOrTx } from "@/db";
import type { IdeaStatus } from "@/lib/codes";
import { ideaCommentedText, ideaTriagedText } from "@/lib/domain/notification-texts";
import type { ActingUser } from "../guard";
import { recordNotifications } from "../notifications";
import { nameOf } from "./recipients";

type Idea = { id: number; title: string; authorId: number };

/** My idea triaged (idea_update): the author, unless they triaged it themself. `version` is the idea's new version. */
export function notifyIdeaTriaged(tx: DbOrTx, actor: ActingUser, idea: Idea, status: IdeaStatus, reason: string | null, version: number, now: Date): void {
  recordNotifications(
    tx,
    { userIds: [idea.authorId], exceptUserId: actor.id, kind: "idea_update", ...ideaTriagedText(idea, status, reason), dedupeKey: `idea:${idea.id}:triage:${version}` },
    now,
  );
}

/** My idea commented on (idea_update): the author, never for their own comment. */
export function notifyIdeaCommented(tx: DbOrTx, actor: ActingUser, idea: Idea, commentId: number, now: Date): void {
  recordNotifications(
    tx,
    {
      userIds: [idea.authorId],
      exceptUserId: actor.id,
      kind: "idea_update",
      ...ideaCommentedText(idea, nameOf(tx, actor.id)),
      dedupeKey: `idea:${idea.id}:comment:${commentId}`,
    },
    now,
  );
}
