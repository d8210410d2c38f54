import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { layoutBlips } from "@/components/radar/layout";
import { RadarChart } from "@/components/radar/radar-chart";
import { RadarTable } from "@/components/radar/radar-table";
import { TechnologyDetails } from "@/components/radar/technology-details";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { listRadarEntries } from "@/lib/queries/radar";

export const metadata: Metadata = { title: "Teknologiradar" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const technologyParam = z
  .string()
  .trim()
  .max(60)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined);

export default async function RadarPage({ searchParams }: Props) {
  await requireCapability("portfolio.read");
  const raw = (await searchParams).technology;
  const technology = technologyParam.parse(Array.isArray(raw) ? raw[0] : raw);
  const blips = layoutBlips(listRadarEntries());
  const selected = technology ? blips.find((blip) => blip.entry.name.toLocaleLowerCase("da") === technology.toLocaleLowerCase("da")) : undefined;

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/zones" className="inline-flex min-h-11 items-center underline">
          ← Udviklingsrum
        </Link>
      </nav>
      <PageHeader
        title="Teknologiradar"
        description="Teknologierne i kommunens forsøg og projekter på KL's fire ringe: Klar (inderst), Afprøv, Hold øje og Afvent (yderst)."
      />
      {technology && !selected && (
        <p role="status" className="mb-4 rounded-md border border-amber-600 bg-amber-50 p-3">
          Teknologien «{technology}» findes ikke på radaren.
        </p>
      )}
      {selected && (
        <div className="mb-6">
          <TechnologyDetails entry={selected.entry} />
        </div>
      )}
      <div className="space-y-6">
        <figure className="card">
          <h2 id="radar-heading" className="mb-2 text-xl font-semibold">
            Radaren
          </h2>
          {blips.length === 0 ? (
            <p className="text-muted">Ingen forsøg eller projekter har angivet en teknologi endnu.</p>
          ) : (
            <RadarChart blips={blips} labelledBy="radar-heading" selected={selected?.entry.name} />
          )}
          <figcaption className="mx-auto mt-3 max-w-3xl space-y-1 text-sm">
            <p>
              Hver prik er én teknologi med sit nummer fra listen; vælg den for at se dens forsøg og projekter. En fyldt prik er placeret af det nyeste
              forsøgs vurdering, en hul prik efter projekternes fase.
            </p>
            <p>
              Placering efter fase (den mest modne tæller): Gevinstrealisering og Afsluttet → Klar; Implementering → Afprøv; Analyse og Afprøvning → Hold
              øje; Idé → Afvent. Stoppede projekter og afviste forsøg er ikke med.
            </p>
          </figcaption>
        </figure>
        <RadarTable blips={blips} />
      </div>
    </>
  );
}
