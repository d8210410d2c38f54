import type { ActionState } from "@/lib/action-state";
import { formatDate } from "@/lib/format";
import type { IdeaListItem } from "@/lib/queries/ideas";
import { IdeaStatusBadge } from "./idea-status-badge";
import { VoteButton } from "./vote-button";

type VoteAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

function excerpt(text: string, max = 240): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()} …` : text;
}

export function IdeaList({ ideas, voteAction }: { ideas: IdeaListItem[]; voteAction: VoteAction }) {
  if (!ideas.length) return <p className="card">Der er ingen idéer her endnu. Vær den første!</p>;
  return (
    <ul className="space-y-4">
      {ideas.map((idea) => (
        <li key={idea.id} className="card">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="text-lg font-semibold">
              <a href={`/ideas/${idea.id}`} className="title-link">
                {idea.title}
              </a>
            </h3>
            <IdeaStatusBadge status={idea.status} />
          </div>
          <p className="text-sm text-muted">
            {idea.authorName}
            {idea.departmentName && ` · ${idea.departmentName}`} · {formatDate(idea.createdAt)} ·{" "}
            {idea.commentCount === 1 ? "1 kommentar" : `${idea.commentCount} kommentarer`}
          </p>
          <p className="mt-2 whitespace-pre-line">{excerpt(idea.description)}</p>
          {idea.status === "rejected" && idea.rejectionReason && (
            <p className="mt-2 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900">Begrundelse: {idea.rejectionReason}</p>
          )}
          <div className="mt-3">
            <VoteButton action={voteAction} ideaId={idea.id} title={idea.title} voted={idea.votedByMe} count={idea.voteCount} />
          </div>
        </li>
      ))}
    </ul>
  );
}
