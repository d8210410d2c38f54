import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ActionButton } from "@/components/ui/action-button";
import { AgendaItemCard } from "@/components/meetings/agenda-item-card";
import { PaperList } from "@/components/attachments/paper-list";
import { meetingPapers } from "@/lib/queries/attachments";
import { FreeItemForm } from "@/components/meetings/free-item-form";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { QueueList } from "@/components/meetings/queue-list";
import { QueueSummary } from "@/components/meetings/queue-summary";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { Pagination } from "@/components/ui/pagination";
import { MeetingStatusBadge } from "@/components/meetings/status-badges";
import { roleLabels } from "@/lib/domain/labels";
import { participantsMayChange } from "@/lib/domain/meeting-rules";
import { noticeText } from "@/lib/domain/notices";
import { formatDate, formatDateTime } from "@/lib/format";
import { can, isBoardMember } from "@/lib/permissions";
import { decisionQueue, directorOptions, getMeeting } from "@/lib/queries/meetings";
import { pageOf, parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { agendaActions } from "../action-sets";
import { addFreeItemAction, publishAgendaAction, updateMeetingAction } from "../actions";
import { requireMeetingReader, requireMeetingVisible } from "../meeting-access";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/** Queue items per page; each carries its own form, so the page stays light with a long queue. */
const QUEUE_PAGE_SIZE = 10;

export const metadata: Metadata = { title: "Dagsorden" };

export default async function MeetingPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const { user, meetingId } = await requireMeetingReader(id, "/meetings/[id]");
  const { meeting, participants, items } = await requireMeetingVisible(user, getMeeting(meetingId), `/meetings/${meetingId}`);
  const locked = meeting.minutesLockedAt !== null;
  const canEdit = can(user, "meeting.manage") && !locked;
  const people = canEdit ? directorOptions() : [];
  const papers = meetingPapers(meeting.id);

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/meetings" className="inline-flex min-h-11 items-center underline">
          ← Koncernledelsesmøder
        </Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold md:text-3xl">{meeting.title}</h1>
          <p className="mt-1 text-lg">
            <time dateTime={meeting.date}>{formatDate(meeting.date)}</time> kl. {meeting.time}
            {meeting.location && ` · ${meeting.location}`}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <MeetingStatusBadge status={meeting.status} />
            <span className="text-sm text-muted">
              {meeting.agendaPublishedAt ? `Dagsordenen er udgivet ${formatDateTime(meeting.agendaPublishedAt)}` : "Dagsordenen er ikke udgivet"}
            </span>
          </div>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href={`/meetings/${meeting.id}/present`} className="btn">
            Åbn mødetilstand
          </Link>
          <Link href={`/meetings/${meeting.id}/minutes`} className="btn btn-secondary">
            Beslutningsreferat
          </Link>
        </div>
      </div>

      <NoticeBanner text={noticeText(query.notice)} />
      {locked && (
        <p role="status" className="mb-6 rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900">
          Referatet er godkendt og låst. En rettelse skal være en ny beslutning på et senere møde.
        </p>
      )}

      {canEdit && (
        <section aria-labelledby="publish-heading" className="card mb-6 flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 id="publish-heading" className="text-lg font-semibold">
              {meeting.agendaPublishedAt ? "Dagsordenen er udgivet" : "Dagsordenen er ikke udgivet"}
            </h2>
            <p className="text-sm text-muted">En udgivet dagsorden kan ses af direktionen og afdelingscheferne. Ændringer efter udgivelsen ses med det samme.</p>
          </div>
          <ActionButton
            action={publishAgendaAction.bind(null, meeting.id)}
            label={meeting.agendaPublishedAt ? "Udgiv dagsorden igen" : "Udgiv dagsorden"}
            className="btn"
            showSuccess
          />
        </section>
      )}

      <section aria-labelledby="agenda-heading" className="mb-8">
        <h2 id="agenda-heading" className="mb-3 text-xl font-semibold">
          Dagsorden
        </h2>
        {items.length === 0 ? (
          <p className="card text-muted">Dagsordenen har ingen punkter endnu.</p>
        ) : (
          <ol className="space-y-3">
            {items.map((item, index) => (
              <AgendaItemCard
                key={item.id}
                actions={agendaActions}
                item={item}
                meetingId={meeting.id}
                first={index === 0}
                last={index === items.length - 1}
                canEdit={canEdit}
                published={meeting.agendaPublishedAt !== null}
                papers={
                  <PaperList
                    papers={papers[item.id] ?? []}
                    idPrefix={`item-${item.id}`}
                    context={item.title}
                    headingLevel={4}
                    manageHref={canEdit ? `/meetings/${meeting.id}/items/${item.id}/edit#bilag` : undefined}
                  />
                }
              />
            ))}
          </ol>
        )}
      </section>

      {canEdit && (
        <>
          <section aria-labelledby="queue-heading" className="mb-8">
            <h2 id="queue-heading" className="mb-1 text-xl font-semibold">
              Beslutningskøen
            </h2>
            <p className="mb-3 text-muted">Fasegodkendelser, nye baselines, røde projekter og forsøg, der venter på direktionen.</p>
            <QueueSection meetingId={meeting.id} searchParams={query} />
          </section>
          <section aria-labelledby="free-item-heading" className="card mb-8">
            <h2 id="free-item-heading" className="mb-3 text-xl font-semibold">
              Tilføj punkt
            </h2>
            <FreeItemForm action={addFreeItemAction.bind(null, meeting.id)} />
          </section>
        </>
      )}

      <section aria-labelledby="participants-heading" className="mb-8">
        <h2 id="participants-heading" className="mb-3 text-xl font-semibold">
          Deltagere
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2">
          {participants.map((person) => (
            <li key={person.id}>
              {person.name} <span className="text-sm text-muted">({person.title || roleLabels[person.role]})</span>
            </li>
          ))}
        </ul>
      </section>

      {canEdit && (
        <details className="card">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-lg font-semibold">Redigér mødet</summary>
          <div className="mt-3">
            <MeetingForm
              key={meeting.version}
              action={updateMeetingAction.bind(null, meeting.id)}
              submitLabel="Gem mødet"
              idPrefix="edit-meeting"
              participantsLocked={!participantsMayChange(meeting.status)}
              values={{ title: meeting.title, date: meeting.date, time: meeting.time, location: meeting.location, participantIds: participants.map((person) => person.id), version: meeting.version }}
              people={[...people]
                .sort((a, b) => Number(!isBoardMember(a)) - Number(!isBoardMember(b)))
                .map((person) => ({ id: person.id, name: person.name, roleLabel: roleLabels[person.role] }))}
            />
          </div>
        </details>
      )}
    </>
  );
}

/** The decision queue one page at a time, with how many of each kind wait. */
function QueueSection({ meetingId, searchParams }: { meetingId: number; searchParams: SearchParams }) {
  const queue = decisionQueue();
  const page = pageOf(queue, parsePageRequest(searchParams, "side", QUEUE_PAGE_SIZE));
  return (
    <>
      <QueueSummary queue={queue} />
      <QueueList actions={agendaActions} meetingId={meetingId} queue={page.rows} />
      <Pagination info={page.info} path={`/meetings/${meetingId}`} searchParams={searchParams} anchor="#queue-heading" noun="punkter i køen" label="Sider i beslutningskøen" />
    </>
  );
}
