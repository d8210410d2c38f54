import type { Light } from "@/lib/codes";
import { lightLabels } from "@/lib/domain/labels";

/** A status light: always a coloured dot *and* its Danish word, never colour alone (styles in globals.css). */
export function LightBadge({ light, label }: { light: Light | null; label?: string }) {
  if (!light) return <span className="badge light-none">Ingen status</span>;
  return (
    <span className={`badge dot light-${light}`}>
      {label ? `${label}: ` : ""}
      {lightLabels[light]}
    </span>
  );
}
