import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { MeetingList } from "@/components/meetings/meeting-list";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { denyAccess, requireUser } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { roleLabels } from "@/lib/domain/labels";
import { can, canEver, isBoardMember } from "@/lib/permissions";
import { directorOptions, listMeetings } from "@/lib/queries/meetings";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { createMeetingAction } from "./actions";

export const metadata: Metadata = { title: "Koncernledelsesmøder" };

/** Past meetings per page: the latest year or two of a monthly board. */
const PAST_PAGE_SIZE = 20;

type Props = { searchParams: Promise<SearchParams> };

export default async function MeetingsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!canEver(user, "meeting.read")) await denyAccess(user, "/meetings");
  const today = toDay(new Date());
  const params = await searchParams;
  const upcoming = listMeetings(user, "upcoming", today, parsePageRequest(params, "side-kommende"));
  const past = listMeetings(user, "past", today, parsePageRequest(params, "side", PAST_PAGE_SIZE));
  const canManage = can(user, "meeting.manage");
  const people = canManage ? directorOptions() : [];
  const directorsFirst = [...people].sort((a, b) => Number(!isBoardMember(a)) - Number(!isBoardMember(b)));

  return (
    <>
      <PageHeader
        title="Koncernledelsesmøder"
        description={
          canManage
            ? "Dagsordener bygges af beslutningskøen. Udgivne dagsordener kan ses af direktionen og afdelingscheferne."
            : "Møder med udgivet dagsorden, deres beslutninger og referater."
        }
      />
      <section aria-labelledby="upcoming-heading" className="mb-8">
        <h2 id="upcoming-heading" className="mb-3 text-xl font-semibold">
          Kommende møder
        </h2>
        <MeetingList items={upcoming.rows} empty="Der er ingen kommende møder." showPublication={canManage} />
        <Pagination info={upcoming.info} path="/meetings" searchParams={params} param="side-kommende" anchor="#upcoming-heading" noun="kommende møder" label="Sider i kommende møder" />
      </section>
      <section aria-labelledby="past-heading" className="mb-8">
        <h2 id="past-heading" className="mb-3 text-xl font-semibold">
          Afholdte møder
        </h2>
        <MeetingList items={past.rows} empty="Der er ingen tidligere møder." showPublication={canManage} />
        <Pagination info={past.info} path="/meetings" searchParams={params} anchor="#past-heading" noun="afholdte møder" label="Sider i afholdte møder" />
      </section>
      {canManage && (
        <section aria-labelledby="new-meeting-heading" className="card">
          <h2 id="new-meeting-heading" className="mb-3 text-xl font-semibold">
            Opret møde
          </h2>
          <MeetingForm
            action={createMeetingAction}
            submitLabel="Opret møde"
            idPrefix="new-meeting"
            values={{ title: "Koncernledelsesmøde", date: "", time: "09:00", location: "", participantIds: people.filter(isBoardMember).map((person) => person.id) }}
            people={directorsFirst.map((person) => ({ id: person.id, name: person.name, roleLabel: roleLabels[person.role] }))}
          />
        </section>
      )}
    </>
  );
}
