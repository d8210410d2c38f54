import type { RadarEntry, RadarRing } from "@/lib/queries/radar";

export const radarSize = 600;
export const radarCenter = radarSize / 2;

/** Innermost Klar to outermost Afvent, in SVG units from the centre. */
export const ringBands: Record<RadarRing, { inner: number; outer: number }> = {
  adopt: { inner: 0, outer: 105 },
  trial: { inner: 105, outer: 175 },
  assess: { inner: 175, outer: 238 },
  hold: { inner: 238, outer: 292 },
};

export type Blip = { number: number; x: number; y: number; entry: RadarEntry };

/** The angular gap at the top of each ring, kept free for the ring's name (wider in the small centre ring). */
const topGapDegrees: Record<RadarRing, number> = { adopt: 30, trial: 20, assess: 20, hold: 20 };

/** Distance from the centre of each ring's name, at the top of the radar. */
export function ringLabelRadius(ring: RadarRing): number {
  const band = ringBands[ring];
  return ring === "adopt" ? band.outer - 18 : (band.inner + band.outer) / 2;
}

/**
 * Spreads each ring's technologies evenly around it (leaving the top free for the ring names), alternating between
 * one to three distances from the centre so neighbours do not touch. Numbers run ring by ring, as the table lists them.
 */
export function layoutBlips(entries: RadarEntry[]): Blip[] {
  const blips: Blip[] = [];
  let number = 0;
  for (const ring of Object.keys(ringBands) as RadarRing[]) {
    const inRing = entries.filter((entry) => entry.ring === ring);
    const n = inRing.length;
    const levels = n > 16 ? 3 : n > 6 ? 2 : 1;
    const band = ringBands[ring];
    const inner = Math.max(band.inner, 30);
    const gap = topGapDegrees[ring];
    const range = 360 - 2 * gap;
    inRing.forEach((entry, index) => {
      const degrees = -90 + gap + ((index + 0.5) * range) / n;
      const radius = inner + ((band.outer - inner) * ((index % levels) + 1)) / (levels + 1);
      const radians = (degrees * Math.PI) / 180;
      number += 1;
      blips.push({
        number,
        x: Math.round((radarCenter + radius * Math.cos(radians)) * 10) / 10,
        y: Math.round((radarCenter + radius * Math.sin(radians)) * 10) / 10,
        entry,
      });
    });
  }
  return blips;
}

export function technologyHref(name: string): string {
  return `/zones/radar?technology=${encodeURIComponent(name)}#technology-details`;
}
