import Link from "@/components/ui/link";
import type { ZoneCard as ZoneCardData } from "@/lib/queries/zones";
import { RiskFrameBar } from "./risk-frame-bar";

export function ZoneCard({ zone }: { zone: ZoneCardData }) {
  const headingId = `zone-${zone.slug}`;
  return (
    <article aria-labelledby={headingId} className="card flex flex-col gap-3">
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={`/zones/${zone.slug}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
            {zone.name}
          </Link>
        </h2>
        {zone.status === "closed" && <p className="text-sm font-semibold text-muted">Lukket</p>}
        {zone.theme && <p className="text-sm text-muted">{zone.theme}</p>}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">Forankret hos</dt>
        <dd>{zone.sponsorName ?? "Ingen sponsor"}</dd>
        <dt className="font-semibold">Rumleder</dt>
        <dd>{zone.leadName ?? "Ingen rumleder"}</dd>
      </dl>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Indhold i ${zone.name}`}>
        <li>
          <span className="font-semibold">{zone.projectCount}</span> {zone.projectCount === 1 ? "projekt" : "projekter"}
        </li>
        <li>
          <span className="font-semibold">{zone.experimentCount}</span> forsøg
        </li>
        <li>
          <span className="font-semibold">{zone.ideaCount}</span> {zone.ideaCount === 1 ? "idé" : "idéer"}
        </li>
      </ul>
      <div className="mt-auto">
        <RiskFrameBar runningKr={zone.runningKr} frameKr={zone.riskFrameKr} />
      </div>
    </article>
  );
}
