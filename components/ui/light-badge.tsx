import type { Light } from "@/lib/codes";
import { lightLabels } from "@/lib/domain/labels";

const styles: Record<Light, { dot: string; badge: string }> = {
  green: { dot: "bg-status-green", badge: "border-green-700 bg-green-50 text-green-900" },
  yellow: { dot: "bg-amber-400", badge: "border-amber-600 bg-amber-50 text-amber-900" },
  red: { dot: "bg-status-red", badge: "border-red-700 bg-red-50 text-red-900" },
};

/** A status light: always a coloured dot *and* its Danish word, never colour alone. */
export function LightBadge({ light, label }: { light: Light | null; label?: string }) {
  if (!light) {
    return <span className="inline-flex items-center gap-1.5 rounded-full border border-gray-400 px-2.5 py-0.5 text-sm text-gray-700">Ingen status</span>;
  }
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-sm font-medium ${styles[light].badge}`}>
      <span aria-hidden="true" className={`inline-block h-2.5 w-2.5 rounded-full ${styles[light].dot}`} />
      {label ? `${label}: ` : ""}
      {lightLabels[light]}
    </span>
  );
}
