import Link from "@/components/ui/link";
import { agendaItemKindLabels, queueKindLabels } from "@/lib/domain/labels";
import type { AgendaItemView } from "@/lib/queries/meetings";
import { AgendaItemControls } from "./agenda-item-controls";
import { DecisionSummary } from "./decision-summary";
import { SettledNotice } from "./settled-notice";
import type { AgendaActions } from "./meeting-actions";

/**
 * What "Fjern punktet" does, asked about before it is done when something would be lost: an item of a published
 * agenda (others have seen it), or a free item with text written on it. Otherwise the item goes at once: a request is
 * back in the queue to put on again, and a free item with only its title is quickly written again.
 */
function removalConsequence(item: AgendaItemView, published: boolean): string | undefined {
  const writtenOn = !item.queueKind && (item.summary.trim() !== "" || item.proposedDecision.trim() !== "");
  if (!published) return writtenOn ? "Punktets titel, beskrivelse og indstilling slettes og kan ikke hentes tilbage." : undefined;
  const leaves = "Punktet forsvinder fra den udgivne dagsorden, som direktionen og afdelingscheferne allerede kan se";
  if (!item.queueKind) return `${leaves}. Titel, beskrivelse og indstilling slettes og kan ikke hentes tilbage.`;
  if (item.settled) return `${leaves}. Anmodningen er afgjort uden for mødet og kommer ikke tilbage i beslutningskøen.`;
  const back = item.queueKind === "red_project" ? "projektet kommer tilbage i beslutningskøen, så længe det har rød status" : "anmodningen kommer tilbage i beslutningskøen";
  return `${leaves}, og ${back}. Det, der er skrevet på punktet, slettes.`;
}

/**
 * One agenda item; a director on an open meeting gets the move and remove controls and a link to the item's edit page.
 * Removing asks once more when something would be lost (removalConsequence).
 */
export function AgendaItemCard({
  actions,
  item,
  meetingId,
  first,
  last,
  canEdit,
  published,
  papers,
}: {
  actions: AgendaActions;
  item: AgendaItemView; meetingId: number; first: boolean; last: boolean; canEdit: boolean;
  /** Whether the meeting's agenda is published: directors and department heads may already have read the item. */
  published: boolean;
  /** The item's board papers (bilag), rendered by the page. */
  papers?: React.ReactNode }) {
  const headingId = `agenda-item-${item.id}`;
  return (
    <li className="card space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-brand-700">
            {`Punkt ${item.position} · ${agendaItemKindLabels[item.kind]}`}
            {item.queueKind && item.queueKind !== "gate" ? ` · ${queueKindLabels[item.queueKind]}` : ""}
          </p>
          <h3 id={headingId} className="text-lg font-semibold">
            {item.title}
          </h3>
          {item.projectCode && (
            <Link href={`/projects/${item.projectCode}`} className="inline-flex min-h-11 items-center text-sm underline">
              Projekt {item.projectCode}
            </Link>
          )}
        </div>
        <Link href={`/meetings/${meetingId}/present?punkt=${item.position}`} className="btn btn-secondary" aria-label={`Vis i mødetilstand: ${item.title}`}>
          Vis i mødetilstand
        </Link>
      </div>
      {item.summary && <p className="whitespace-pre-line">{item.summary}</p>}
      <div>
        <p className="font-semibold">Indstilling</p>
        <p className="whitespace-pre-line">{item.proposedDecision || <span className="text-muted">Ingen indstilling endnu.</span>}</p>
      </div>
      {papers}
      {item.decision && <DecisionSummary decision={item.decision} recorderName={item.recorderName} headingLevel={4} />}
      {item.settled && <SettledNotice settled={item.settled} />}
      {canEdit && (
        <div className="border-t border-gray-200 pt-3">
          <AgendaItemControls
            action={actions.changeAgendaItem.bind(null, item.id)}
            title={item.title}
            version={item.version}
            controls={[
              ...(first ? [] : [{ op: "up" as const, label: "Flyt op" }]),
              ...(last ? [] : [{ op: "down" as const, label: "Flyt ned" }]),
              ...(item.decision ? [] : [{ op: "remove" as const, label: "Fjern punktet", confirm: removalConsequence(item, published) }]),
            ]}
          />
          <Link
            href={`/meetings/${meetingId}/items/${item.id}/edit`}
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
            aria-label={`Redigér titel, beskrivelse og indstilling: ${item.title}`}
          >
            Redigér titel, beskrivelse og indstilling
          </Link>
        </div>
      )}
    </li>
  );
}
