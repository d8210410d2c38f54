import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { MeetingList } from "@/components/meetings/meeting-list";
import { PageHeader } from "@/components/ui/page-header";
import { denyAccess, requireUser } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { roleLabels } from "@/lib/domain/labels";
import { can, canEver, isBoardMember } from "@/lib/permissions";
import { directorOptions, listMeetings } from "@/lib/queries/meetings";
import { createMeetingAction } from "./actions";

export const metadata: Metadata = { title: "Koncernledelsesmøder" };

export default async function MeetingsPage() {
  const user = await requireUser();
  if (!canEver(user, "meeting.read")) await denyAccess(user, "/meetings");
  const today = toDay(new Date());
  const all = listMeetings(user);
  const upcoming = all.filter((meeting) => meeting.date >= today).reverse();
  const past = all.filter((meeting) => meeting.date < today);
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
        <MeetingList items={upcoming} empty="Der er ingen kommende møder." showPublication={canManage} />
      </section>
      <section aria-labelledby="past-heading" className="mb-8">
        <h2 id="past-heading" className="mb-3 text-xl font-semibold">
          Afholdte møder
        </h2>
        <MeetingList items={past} empty="Der er ingen tidligere møder." showPublication={canManage} />
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
