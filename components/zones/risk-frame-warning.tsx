import { riskFrameVerdict } from "@/lib/domain/experiments";
import { formatKr } from "@/lib/format";

/** The warning a zone shows when its running experiments use over 80 % of (or exceed) its risk frame; nothing otherwise. */
export function RiskFrameWarning({ runningKr, frameKr, className = "" }: { runningKr: number; frameKr: number; className?: string }) {
  const verdict = riskFrameVerdict(frameKr, runningKr);
  if (!verdict.warn) return null;
  return (
    <div className={`rounded-md border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 ${className}`}>
      <p className="font-semibold">{verdict.exceeds ? "Advarsel: Rummet er over sin risikoramme." : "Advarsel: Over 80 % af risikorammen er i brug."}</p>
      <p>
        Forsøg i gang har {formatKr(runningKr)} på spil af en ramme på {formatKr(frameKr)}. Nye forsøg, der bringer rummet over rammen, skal
        godkendes af sponsoren.
      </p>
    </div>
  );
}
