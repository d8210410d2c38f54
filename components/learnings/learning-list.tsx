import {
  evidenceStrengthLabels,
  experimentDecisionLabels,
  inspirationSourceLabels,
  learningKindLabels,
  sharingLabels,
} from "@/lib/domain/labels";
import { formatDate, formatNumber } from "@/lib/format";
import type { LearningListItem } from "@/lib/queries/learnings";

function hrefOf(item: LearningListItem): string {
  return item.kind === "inspiration" ? `/outlook?source=${item.sourceKind}&udsyn=${item.id}#inspiration-${item.id}` : `/learnings/${item.kind}/${item.id}`;
}

function excerpt(text: string, max = 280): string {
  return text.length > max ? `${text.slice(0, max).trimEnd()} …` : text;
}

function Facts({ item }: { item: LearningListItem }) {
  const facts = [
    item.zoneName && `Udviklingsrum: ${item.zoneName}`,
    item.technology && `Teknologi: ${item.technology}`,
    item.decision && `Beslutning: ${experimentDecisionLabels[item.decision]}`,
    item.evidenceStrength && `Evidens: ${evidenceStrengthLabels[item.evidenceStrength]}`,
    item.sharing && `Deling: ${sharingLabels[item.sharing]}`,
    item.sourceKind && `Kilde: ${inspirationSourceLabels[item.sourceKind]}${item.summary ? ` (${item.summary})` : ""}`,
    item.date && formatDate(item.date),
  ].filter(Boolean);
  return <p className="meta">{facts.join(" · ")}</p>;
}

export function LearningList({ items, total = items.length, searching }: { items: LearningListItem[]; total?: number; searching: boolean }) {
  if (!items.length) {
    return (
      <p className="card" role="status">
        {searching ? "Ingen erfaringer matcher søgningen. Prøv færre eller kortere ord, eller nulstil filtrene." : "Der er ingen erfaringer endnu."}
      </p>
    );
  }
  return (
    <>
      <p role="status" className="mb-3 text-sm text-muted">
        {total === 1 ? "1 erfaring" : `${formatNumber(total)} erfaringer`}
        {searching ? ", mest relevante først" : ", nyeste først"}
      </p>
      <ul className="space-y-4">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="card entry">
            <p>
              <span className={`badge kind-${item.kind}`}>{learningKindLabels[item.kind]}</span>
            </p>
            <h2>
              <a href={hrefOf(item)} className="title-link">
                {item.title}
              </a>
            </h2>
            <Facts item={item} />
            {item.learning && <p className="excerpt">{excerpt(item.learning)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
