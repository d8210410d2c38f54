import { riskFrameVerdict } from "@/lib/domain/experiments";
import { formatKr } from "@/lib/format";

function verdictText(warn: boolean, exceeds: boolean): string {
  if (exceeds) return "Over rammen";
  if (warn) return "Over 80 % af rammen";
  return "Inden for rammen";
}

/** Money at risk in running experiments against the frame: a bar, and always the same facts as text. */
export function RiskFrameBar({ runningKr, frameKr }: { runningKr: number; frameKr: number }) {
  const verdict = riskFrameVerdict(frameKr, runningKr);
  const width = Math.round(Math.min(1, Number.isFinite(verdict.share) ? verdict.share : 1) * 1000) / 10;
  const fill = verdict.exceeds ? "bg-red-700" : verdict.warn ? "bg-amber-600" : "bg-brand-600";
  const percent = Number.isFinite(verdict.share) ? `${Math.round(verdict.share * 100)} %` : "uden ramme";
  return (
    <div>
      <p className="text-sm">
        <span className="font-semibold">
          {formatKr(runningKr)} af {formatKr(frameKr)}
        </span>{" "}
        <span className="text-muted">
          på spil i forsøg i gang ({percent}) · {verdictText(verdict.warn, verdict.exceeds)}
        </span>
      </p>
      <div aria-hidden="true" className="mt-1 h-3 w-full overflow-hidden rounded bg-gray-200">
        <div className={`h-full rounded ${fill}`} style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
