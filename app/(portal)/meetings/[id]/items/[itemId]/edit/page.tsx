import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AgendaItemEditForm } from "@/components/meetings/agenda-item-edit-form";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess } from "@/lib/auth/current-user";
import { can } from "@/lib/permissions";
import { getMeeting } from "@/lib/queries/meetings";
import { updateAgendaItemAction } from "../../../../actions";
import { requireMeetingReader, requireMeetingVisible } from "../../../../meeting-access";

export const metadata: Metadata = { title: "Rediger punkt" };

/** Title, description and proposed decision of one agenda item, for a director while the minutes are open. */
export default async function EditAgendaItemPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const { id, itemId } = await params;
  const path = `/meetings/${id}/items/${itemId}/edit`;
  const { user, meetingId } = await requireMeetingReader(id, path);
  const { meeting, items } = await requireMeetingVisible(user, getMeeting(meetingId), path);
  if (!can(user, "meeting.manage") || meeting.minutesLockedAt !== null) await denyAccess(user, path);
  const item = items.find((candidate) => String(candidate.id) === itemId);
  if (!item) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/meetings/${meeting.id}#agenda-item-${item.id}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til dagsordenen
        </Link>
      </p>
      <PageHeader title={`Rediger punkt ${item.position}`} description={`${meeting.title} · ${item.title}`} />
      <div className="card">
        <AgendaItemEditForm
          action={updateAgendaItemAction.bind(null, meeting.id, item.id)}
          values={{ id: item.id, title: item.title, summary: item.summary, proposedDecision: item.proposedDecision, version: item.version }}
        />
      </div>
    </>
  );
}
