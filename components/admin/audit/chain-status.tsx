import type { ChainReport } from "@/lib/audit";
import { formatCount, formatDateTime } from "@/lib/format";
import { describeAuditAction } from "@/lib/domain/audit-descriptions";

/** The chain's state as the verifier found it: intact with its length, or the first broken event. */
export function ChainStatus({ chain }: { chain: ChainReport }) {
  if (chain.ok) {
    return (
      <p role="status" className="mb-6 rounded-md border border-green-700 bg-green-50 p-3 font-medium text-green-900">
        Kæden er intakt: {formatCount(chain.count, "hændelse", "hændelser")}
      </p>
    );
  }
  return (
    <div role="alert" className="mb-6 rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
      <p className="font-semibold">Kæden er brudt ved hændelse nr. {chain.brokenAtId}</p>
      <p>
        {chain.occurredAt ? formatDateTime(chain.occurredAt) : "Ukendt tidspunkt"}
        {chain.action ? ` — ${describeAuditAction(chain.action)}` : ""}
        {chain.keyMissing ? ". Revisionsnøglen mangler i datamappen." : ". Hændelsen eller en før den er ændret efter, den blev skrevet."}
      </p>
    </div>
  );
}
