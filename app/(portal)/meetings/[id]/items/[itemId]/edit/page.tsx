import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PaperList } from "@/components/attachments/paper-list";
import { AgendaItemEditForm } from "@/components/meetings/agenda-item-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { agendaItemPapers } from "@/lib/queries/attachments";
import { getMeeting } from "@/lib/queries/meetings";
import { readSettings } from "@/lib/settings";
import { updateAgendaItemAction } from "../../../../actions";
import { agendaPaperActions, uploadAgendaPaperAction } from "../../../../paper-action-set";
import { requireMeetingReader, requireMeetingVisible } from "../../../../meeting-access";

export const metadata: Metadata = { title: "Redigér punkt" };

/**
 * One agenda item for a director while the minutes are open: its title, description and proposed decision, and its
 * board papers (bilag) to attach, replace or delete. The agenda itself only lists the papers, so it stays light however
 * many items a meeting has.
 */
export default async function EditAgendaItemPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const { id, itemId } = await params;
  const path = `/meetings/${id}/items/${itemId}/edit`;
  const { user, meetingId } = await requireMeetingReader(id, path);
  const { meeting, items } = await requireMeetingVisible(user, getMeeting(meetingId), path);
  if (!can(user, "meeting.manage") || meeting.minutesLockedAt !== null) await denyAccess(user, path);
  const item = items.find((candidate) => String(candidate.id) === itemId);
  if (!item) notFound();
  const papers = agendaItemPapers(item.id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/meetings/${meeting.id}#agenda-item-${item.id}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til dagsordenen
        </Link>
      </p>
      <PageHeader title={`Redigér punkt ${item.position}`} description={`${meeting.title} · ${item.title}`} />
      <div className="card">
        <AgendaItemEditForm
          action={updateAgendaItemAction.bind(null, meeting.id, item.id)}
          values={{ id: item.id, title: item.title, summary: item.summary, proposedDecision: item.proposedDecision, version: item.version }}
        />
      </div>
      <div id="bilag" className="card mt-6 scroll-mt-4">
        <PaperList
          papers={papers}
          idPrefix={`item-${item.id}`}
          context={item.title}
          headingLevel={2}
          edit={{ upload: uploadAgendaPaperAction.bind(null, item.id), actions: agendaPaperActions, maxSizeMb: readSettings().paperMaxSizeMb }}
        />
      </div>
    </>
  );
}
