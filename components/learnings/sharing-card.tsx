import {
  evidenceStrengthLabels,
  experimentDecisionLabels,
  learningKindLabels,
  purposeLabels,
  radarRingLabels,
  sharingLabels,
} from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import type { ExperimentLearningCard, LearningCard, ProjectLearningCard } from "@/lib/queries/learnings";

/** One labelled block of the card; left out when there is nothing to say. */
function Block({ title, text }: { title: string; text: string | null | undefined }) {
  if (!text?.trim()) return null;
  return (
    <section className="break-inside-avoid">
      <h2 className="text-lg font-semibold text-brand-800 print:text-base">{title}</h2>
      <p className="mt-1 whitespace-pre-line print:text-[10.5pt]">{text}</p>
    </section>
  );
}

function Facts({ facts }: { facts: [string, string][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-md border border-gray-300 bg-brand-50 p-4 sm:grid-cols-2 print:grid-cols-3 print:bg-white print:p-3 print:text-[10pt]">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="text-sm font-semibold text-muted print:text-[9pt]">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function period(start: string | null, end: string | null): string {
  if (!start && !end) return "Ikke angivet";
  return `${formatDate(start)} – ${formatDate(end)}`;
}

function ExperimentBody({ card }: { card: ExperimentLearningCard }) {
  return (
    <>
      <Facts
        facts={[
          ["Beslutning", card.decision ? experimentDecisionLabels[card.decision] : "Ikke truffet"],
          ["Evidensstyrke", card.evidenceStrength ? evidenceStrengthLabels[card.evidenceStrength] : "Ikke vurderet"],
          ["Teknologi", card.technology ? `${card.technology} (${radarRingLabels[card.radarRing]})` : "Ikke angivet"],
          ["Udviklingsrum", card.zoneName ?? "Intet"],
          ["Periode", period(card.periodStart, card.periodEnd)],
          ["Delingsniveau", sharingLabels[card.sharing]],
        ]}
      />
      <Block title="Hypotese" text={card.hypothesis} />
      <Block title="Sådan afprøvede vi det" text={card.test} />
      <Block title="Det målte vi" text={[card.metric, card.successCriterion && `Succeskriterium: ${card.successCriterion}`].filter(Boolean).join("\n")} />
      <Block title="Det så vi" text={card.observation} />
      <Block title="Det lærte vi" text={card.learning} />
    </>
  );
}

function ProjectBody({ card }: { card: ProjectLearningCard }) {
  return (
    <>
      <Facts
        facts={[
          ["Formål", purposeLabels[card.purpose]],
          ["Afdeling", card.departmentName],
          ["Teknologi", card.technology || "Ikke angivet"],
          ["Udviklingsrum", card.zoneName ?? "Intet"],
          ["Periode", period(card.baselineStart, card.baselineEnd)],
          ["Delingsniveau", sharingLabels[card.sharing]],
        ]}
      />
      <Block title="Om projektet" text={card.summary} />
      <Block title="Det lærte vi" text={card.closingLearning} />
    </>
  );
}

/**
 * The one-page sharing card of a learning, for other municipalities: no links and no names of people, so the same
 * card can be printed, shown in the portal and opened through a public share link.
 */
export function SharingCard({ card, municipalityName }: { card: LearningCard; municipalityName: string }) {
  return (
    <article className="space-y-5 print:space-y-3">
      <header className="border-b-2 border-brand-700 pb-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {municipalityName} · Erfaring til deling · {learningKindLabels[card.kind]}
        </p>
        <h1 className="mt-1 text-3xl font-bold print:text-2xl">{card.title}</h1>
      </header>
      {card.kind === "experiment" ? <ExperimentBody card={card} /> : <ProjectBody card={card} />}
      <footer className="border-t border-gray-300 pt-2 text-sm text-muted">
        Delt af {municipalityName} fra Styrerum, kommunens styrerum for digitalisering.
      </footer>
    </article>
  );
}
