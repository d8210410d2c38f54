import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/ideas/comment-form";
import { IdeaStatusBadge } from "@/components/ideas/idea-status-badge";
import { TriageForm } from "@/components/ideas/triage-form";
import { VoteButton } from "@/components/ideas/vote-button";
import { requireCapability } from "@/lib/auth/current-user";
import { formatDate, formatDateTime } from "@/lib/format";
import { can } from "@/lib/permissions";
import { getIdea, listTriageZones, userLeadsAnyZone } from "@/lib/queries/ideas";
import { ideaIdSchema } from "@/lib/validation/ideas";
import { commentAction, triageAction, voteAction } from "../actions";

export const metadata: Metadata = { title: "Idé" };

type Props = { params: Promise<{ id: string }> };

function Outcome({ idea }: { idea: NonNullable<ReturnType<typeof getIdea>> }) {
  if (idea.status === "rejected") {
    return (
      <p className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        <strong>Afvist.</strong> Begrundelse: {idea.rejectionReason}
      </p>
    );
  }
  if (idea.experimentId) {
    return (
      <p className="rounded-md border border-violet-300 bg-violet-50 p-3 text-violet-900">
        Sendt til forsøg{idea.zoneName && ` i ${idea.zoneName}`}:{" "}
        <Link href={`/experiments/${idea.experimentId}`} className="font-medium underline">
          {idea.experimentTitle}
        </Link>
      </p>
    );
  }
  if (idea.status === "became_project" && idea.projectCode) {
    return (
      <p className="rounded-md border border-emerald-400 bg-emerald-50 p-3 text-emerald-900">
        Blevet projekt:{" "}
        <Link href={`/projects/${encodeURIComponent(idea.projectCode)}`} className="font-medium underline">
          {idea.projectCode} {idea.projectTitle}
        </Link>
      </p>
    );
  }
  return null;
}

export default async function IdeaPage({ params }: Props) {
  const user = await requireCapability("idea.participate");
  const parsed = ideaIdSchema.safeParse((await params).id);
  const idea = parsed.success ? getIdea(parsed.data, user.id) : null;
  if (!idea) notFound();
  const canTriage = can(user, "idea.triage", { kind: "idea_box", leadsActiveZone: userLeadsAnyZone(user.id) });

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/ideas" className="inline-flex min-h-11 items-center underline">
          ← Idéer
        </Link>
      </nav>
      <article className="card max-w-4xl space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 className="text-2xl font-bold md:text-3xl">{idea.title}</h1>
          <IdeaStatusBadge status={idea.status} />
        </div>
        <p className="text-sm text-muted">
          Foreslået af {idea.authorName}
          {idea.departmentName && ` · ${idea.departmentName}`} · {formatDate(idea.createdAt)}
        </p>
        <p className="whitespace-pre-line">{idea.description}</p>
        <Outcome idea={idea} />
        <VoteButton action={voteAction} ideaId={idea.id} title={idea.title} voted={idea.votedByMe} count={idea.voteCount} />
      </article>

      <div className="mt-8 grid max-w-4xl gap-8 lg:grid-cols-2">
        <section aria-labelledby="comments-heading">
          <h2 id="comments-heading" className="mb-3 text-xl font-semibold">
            Kommentarer ({idea.comments.length})
          </h2>
          {idea.comments.length === 0 ? (
            <p className="text-muted">Ingen kommentarer endnu.</p>
          ) : (
            <ol className="mb-4 space-y-3">
              {idea.comments.map((comment) => (
                <li key={comment.id} className="card">
                  <p className="text-sm text-muted">
                    {comment.authorName} · {formatDateTime(comment.createdAt)}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{comment.body}</p>
                </li>
              ))}
            </ol>
          )}
          <CommentForm action={commentAction} ideaId={idea.id} />
        </section>
        {canTriage && (
          <section aria-labelledby="triage-heading" className="card h-fit">
            <h2 id="triage-heading" className="mb-4 text-xl font-semibold">
              Vurdér idéen
            </h2>
            <TriageForm
              action={triageAction}
              ideaId={idea.id}
              version={idea.version}
              zones={listTriageZones(user)}
              alreadyExperiment={Boolean(idea.experimentId)}
            />
          </section>
        )}
      </div>
    </>
  );
}
