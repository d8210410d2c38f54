import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { approveMinutesAction } from "@/app/(portal)/meetings/actions";
import { requireMeetingReader, requireMeetingVisible } from "@/app/(portal)/meetings/meeting-access";
import { PrintButton } from "@/components/learnings/print-button";
import { ActionButton } from "@/components/ui/action-button";
import { MinutesItems } from "@/components/meetings/minutes-items";
import { MarkHeld } from "@/components/meetings/mark-held";
import { markMeetingHeldAction } from "@/app/(portal)/meetings/decide-actions";
import { UndoneDecisions } from "@/components/meetings/undone-decisions";
import { undoneDecisionsOf } from "@/lib/queries/meeting-undone-decisions";
import { MeetingStatusBadge } from "@/components/meetings/status-badges";
import { roleLabels } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { can, isBoardMember } from "@/lib/permissions";
import { getMeeting } from "@/lib/queries/meetings";
import { meetingPapers } from "@/lib/queries/attachments";
import { readSettings } from "@/lib/settings";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Beslutningsreferat" };

/** Approving minutes with items still undecided is allowed (an item may not have been reached), but asked about first. */
const undecidedWarning = (count: number) =>
  `${count === 1 ? "1 punkt har" : `${count} punkter har`} ingen beslutning registreret. Et punkt, der ikke blev behandlet, kan registreres som Udsat i mødetilstanden, før du godkender.`;

export default async function MinutesPage({ params }: Props) {
  const { id } = await params;
  const { user, meetingId } = await requireMeetingReader(id, "/meetings/[id]/minutes");
  const { meeting, participants, items, approvals } = await requireMeetingVisible(user, getMeeting(meetingId), `/meetings/${meetingId}/minutes`);
  const { municipalityName } = readSettings();
  const locked = meeting.minutesLockedAt !== null;
  const approvedAt = new Map(approvals.map((approval) => [approval.directorId, approval.approvedAt]));
  const directors = participants.filter(isBoardMember);
  const hasDecisions = items.some((item) => item.decision);
  const undecided = items.filter((item) => !item.decision).length;
  const isParticipatingDirector = can(user, "minutes.approve", { kind: "meeting", agendaPublished: meeting.agendaPublishedAt !== null, participantIds: directors.map((person) => person.id) });
  const canApprove = isParticipatingDirector && !locked && hasDecisions && meeting.status === "held" && !approvedAt.has(user.id);
  const canMarkHeld = can(user, "board.decide") && meeting.status === "planned";

  return (
    <article aria-labelledby="minutes-title" className="space-y-6">
      <div className="no-print flex flex-wrap gap-3">
        <Link href={`/meetings/${meeting.id}`} className="btn btn-secondary">
          ← Tilbage til mødet
        </Link>
        <PrintButton label="Udskriv referatet" />
      </div>

      <header className="space-y-1 border-b-2 border-ink pb-4">
        <p className="text-sm text-muted">{municipalityName} · Koncernledelsen</p>
        <h1 id="minutes-title" className="text-3xl font-bold">
          Beslutningsreferat
        </h1>
        <p className="text-xl font-semibold">{meeting.title}</p>
        <p>
          <time dateTime={meeting.date}>{formatDate(meeting.date)}</time> kl. {meeting.time}
          {meeting.location && ` · ${meeting.location}`}
        </p>
        <p className="flex flex-wrap items-center gap-2">
          <MeetingStatusBadge status={meeting.status} />
        </p>
      </header>

      {locked ? (
        <p role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
          Referatet er godkendt og låst {formatDateTime(meeting.minutesLockedAt)}. En rettelse skal være en ny beslutning på et senere møde.
        </p>
      ) : (
        <p className="rounded-md border border-amber-600 bg-amber-50 p-3 text-amber-900">
          Referatet er ikke godkendt endnu. Det låses, når alle deltagende direktører har godkendt det.
        </p>
      )}

      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading" className="mb-2 text-xl font-semibold">
          Deltagere
        </h2>
        <p>{participants.map((person) => `${person.name} (${person.title || roleLabels[person.role]})`).join(", ") || "Ingen deltagere registreret."}</p>
      </section>

      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading" className="mb-2 text-xl font-semibold">
          Beslutninger
        </h2>
        <MinutesItems items={items} papers={meetingPapers(meeting.id)} />
        <UndoneDecisions rows={undoneDecisionsOf(meeting.id)} />
      </section>

      <section aria-labelledby="approvals-heading" className="break-inside-avoid">
        <h2 id="approvals-heading" className="mb-2 text-xl font-semibold">
          Godkendelse
        </h2>
        {directors.length === 0 ? (
          <p>Mødet har ingen deltagende direktører.</p>
        ) : (
          <ul className="space-y-1">
            {directors.map((person) => (
              <li key={person.id}>
                <span className="font-semibold">{person.name}</span>:{" "}
                {approvedAt.has(person.id) ? `godkendt ${formatDateTime(approvedAt.get(person.id))}` : "har ikke godkendt endnu"}
              </li>
            ))}
          </ul>
        )}
        {isParticipatingDirector && !locked && approvedAt.has(user.id) && (
          <p role="status" className="no-print mt-4 font-semibold text-green-900">
            Du har godkendt referatet. Det låses, når de øvrige deltagende direktører også har godkendt det.
          </p>
        )}
        {canMarkHeld && (
          <div className="no-print mt-4">
            <MarkHeld meetingId={meeting.id} markHeld={markMeetingHeldAction} />
          </div>
        )}
        {canApprove && (
          <div className="no-print mt-4">
            <ActionButton
              action={approveMinutesAction.bind(null, meeting.id)}
              label="Godkend referatet"
              className="btn"
              pendingLabel="Godkender …"
              showSuccess
              confirm={undecided > 0 ? undecidedWarning(undecided) : undefined}
            />
          </div>
        )}
        {isParticipatingDirector && !locked && !hasDecisions && (
          <p className="no-print mt-4 text-muted">Referatet kan godkendes, når der er registreret beslutninger på mødet.</p>
        )}
      </section>
    </article>
  );
}
