import type { Metadata } from "next";
import { requireMeetingReader, requireMeetingVisible } from "@/app/(portal)/meetings/meeting-access";
import { AgendaSlide } from "@/components/meetings/agenda-slide";
import { Presenter } from "@/components/meetings/presenter";
import { StartEarly } from "@/components/meetings/start-early";
import { startMeetingEarlyAction } from "@/app/(portal)/meetings/decide-actions";
import { decisionOutcomeLabels } from "@/lib/domain/labels";
import { meetingHasStarted } from "@/lib/domain/meeting-rules";
import { toDay } from "@/lib/domain/dates";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { ownPrivateNotes, presentationItems } from "@/lib/queries/meetings";
import { currentPapers, meetingPapers } from "@/lib/queries/attachments";
import { readSettings } from "@/lib/settings";
import { slideActions } from "@/app/(portal)/meetings/action-sets";
import { syncOfflineWriteAction } from "./offline-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Mødetilstand" };

/** The whole agenda is loaded and rendered here at once; the client only switches between the slides. */
export default async function PresentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { user, meetingId } = await requireMeetingReader(id, "/meetings/[id]/present");
  const { benefitTolerance } = readSettings();
  const data = await requireMeetingVisible(user, presentationItems(meetingId, benefitTolerance), `/meetings/${meetingId}/present`);
  const { meeting, items, cards } = data;
  const backHref = `/meetings/${meeting.id}`;
  const subtitle = `${formatDate(meeting.date)} kl. ${meeting.time}${meeting.location ? ` · ${meeting.location}` : ""}`;

  if (items.length === 0) {
    return (
      <main id="indhold" className="mx-auto max-w-3xl p-6">
        <h1 className="text-3xl font-bold">{meeting.title}</h1>
        <p className="mt-4 text-xl">Dagsordenen har ingen punkter endnu.</p>
        <a href={backHref} className="btn mt-6">
          Tilbage til dagsordenen
        </a>
      </main>
    );
  }

  const isDirector = can(user, "board.decide");
  const canDecide = isDirector && meeting.minutesLockedAt === null;
  const notes = isDirector ? ownPrivateNotes(meeting.id, user.id) : null;
  const papers = meetingPapers(meeting.id);
  const today = toDay(new Date());
  const requested = Number((await searchParams).punkt);
  const initialIndex = Number.isInteger(requested) && requested >= 1 && requested <= items.length ? requested - 1 : 0;

  return (
    <Presenter
      title={meeting.title}
      subtitle={subtitle}
      backHref={backHref}
      initialIndex={initialIndex}
      offline={{ meetingId: meeting.id, userId: user.id, itemIds: items.map((item) => item.id), sync: syncOfflineWriteAction.bind(null, meeting.id) }}
      titles={items.map((item) => item.title)}
      decided={items.map((item) => (item.decision ? decisionOutcomeLabels[item.decision.outcome] : null))}
      notice={canDecide && !meetingHasStarted(meeting, new Date()) ? <StartEarly meetingId={meeting.id} date={meeting.date} time={meeting.time} start={startMeetingEarlyAction} /> : undefined}
      slides={items.map((item, index) => (
        <AgendaSlide key={item.id} actions={slideActions} item={item} card={cards[index]} canDecide={canDecide} note={notes ? (notes[item.id] ?? "") : null} tolerance={benefitTolerance} today={today} papers={currentPapers(papers[item.id] ?? [])} />
      ))}
    />
  );
}
