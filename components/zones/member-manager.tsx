import type { ServiceAction } from "@/lib/action-state";
import type { ZoneMember } from "@/lib/queries/zones";
import { AddMemberForm, MemberActions } from "./member-forms";
import { MedBadge } from "./member-list";

/** The member actions of a zone, bound here to its slug. */
export type ZoneMemberActions = { add: ServiceAction<[slug: string]>; remove: ServiceAction<[slug: string]>; setMed: ServiceAction<[slug: string]> };

export function MemberManager({
  actions,
  slug,
  members,
  zoneId,
}: {
  actions: ZoneMemberActions;
  slug: string;
  members: ZoneMember[];
  zoneId: number;
}) {
  return (
    <section aria-labelledby="manage-members-heading" className="card space-y-4">
      <h2 id="manage-members-heading" className="text-xl font-semibold">
        Medlemmer
      </h2>
      {members.length === 0 ? (
        <p className="text-muted">Rummet har ingen medlemmer endnu.</p>
      ) : (
        <ul className="divide-y divide-gray-200">
          {members.map((member) => (
            <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {member.name} {member.isMedRepresentative && <MedBadge />}
                </p>
                <p className="text-sm text-muted">{[member.title, member.departmentName].filter(Boolean).join(", ")}</p>
              </div>
              <MemberActions
                name={member.name}
                userId={member.userId}
                isMedRepresentative={member.isMedRepresentative}
                medAction={actions.setMed.bind(null, slug)}
                removeAction={actions.remove.bind(null, slug)}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="border-t border-gray-200 pt-4">
        <h3 className="mb-2 text-lg font-semibold">Tilføj medlem</h3>
        <AddMemberForm action={actions.add.bind(null, slug)} zoneId={zoneId} />
      </div>
    </section>
  );
}
