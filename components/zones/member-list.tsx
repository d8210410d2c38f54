import type { ZoneMember } from "@/lib/queries/zones";

export function MedBadge() {
  return <span className="inline-block rounded-full border border-brand-700 bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">MED-repræsentant</span>;
}

export function MemberList({ members }: { members: ZoneMember[] }) {
  return (
    <section aria-labelledby="members-heading" className="card">
      <h2 id="members-heading" className="mb-3 text-xl font-semibold">
        Medlemmer <span className="font-normal text-muted">({members.length})</span>
      </h2>
      {members.length === 0 ? (
        <p className="text-muted">Rummet har ingen medlemmer endnu.</p>
      ) : (
        <ul className="space-y-2">
          {members.map((member) => (
            <li key={member.userId} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{member.name}</span>
              {member.isMedRepresentative && <MedBadge />}
              <span className="w-full text-sm text-muted">{[member.title, member.departmentName].filter(Boolean).join(", ")}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
