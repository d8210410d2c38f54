import Link from "@/components/ui/link";
import { TableScroller } from "@/components/ui/table-scroller";
import { radarRingLabels } from "@/lib/domain/labels";
import { radarRings } from "@/lib/codes";
import { technologyHref, type Blip } from "./layout";

/** The list alternative to the radar: the same numbered technologies, grouped by ring. */
export function RadarTable({ blips }: { blips: Blip[] }) {
  return (
    <section aria-labelledby="radar-list-heading" className="space-y-6">
      <h2 id="radar-list-heading" className="text-xl font-semibold">
        Teknologierne som liste
      </h2>
      {radarRings.map((ring) => {
        const inRing = blips.filter((blip) => blip.entry.ring === ring);
        const headingId = `ring-${ring}`;
        return (
          <section key={ring} aria-labelledby={headingId}>
            <h3 id={headingId} className="mb-2 text-lg font-semibold">
              {radarRingLabels[ring]} <span className="font-normal text-muted">({inRing.length})</span>
            </h3>
            {inRing.length === 0 ? (
              <p className="text-muted">Ingen teknologier i denne ring.</p>
            ) : (
              <TableScroller label={`Teknologier i ringen ${radarRingLabels[ring]}`}>
                <table className="w-full text-left text-sm">
                  <thead className="bg-gray-50">
                    <tr>
                      <th scope="col" className="px-3 py-2">
                        Nr.
                      </th>
                      <th scope="col" className="px-3 py-2">
                        Teknologi
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        Forsøg
                      </th>
                      <th scope="col" className="px-3 py-2 text-right">
                        Projekter
                      </th>
                      <th scope="col" className="px-3 py-2">
                        Placeret efter
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {inRing.map((blip) => (
                      <tr key={blip.entry.name} className="border-t border-gray-200">
                        <td className="px-3 py-1 font-mono">{blip.number}</td>
                        <td className="px-3 py-1">
                          <Link href={technologyHref(blip.entry.name)} className="inline-flex min-h-11 min-w-11 items-center text-brand-700 underline">
                            {blip.entry.name}
                          </Link>
                        </td>
                        <td className="px-3 py-1 text-right">{blip.entry.experiments.length}</td>
                        <td className="px-3 py-1 text-right">{blip.entry.projects.length}</td>
                        <td className="px-3 py-1">{blip.entry.placedBy === "experiment" ? "Forsøgets vurdering" : "Projekternes fase"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroller>
            )}
          </section>
        );
      })}
    </section>
  );
}
