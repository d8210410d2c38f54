import type { ActionState } from "@/lib/action-state";
import { formatDateTime } from "@/lib/format";
import type { ShareLinkItem } from "@/lib/queries/learnings";
import { RevokeButton } from "./revoke-button";

type RevokeAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function ShareLinkList({ links, revokeAction }: { links: ShareLinkItem[]; revokeAction: RevokeAction }) {
  if (!links.length) return <p className="text-muted">Erfaringen har ingen delingslinks.</p>;
  return (
    <ul className="divide-y divide-gray-200 rounded-md border border-gray-300">
      {links.map((link, index) => {
        const label = `delingslink ${links.length - index}, oprettet ${formatDateTime(link.createdAt)}`;
        return (
          <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
            <div>
              <p className="font-medium" aria-live="polite">
                Delingslink {links.length - index} · {link.revokedAt ? "Tilbagekaldt" : "Aktivt"}
              </p>
              <p className="text-sm text-muted">
                Oprettet {formatDateTime(link.createdAt)} af {link.createdByName}
                {link.revokedAt && ` · tilbagekaldt ${formatDateTime(link.revokedAt)} af ${link.revokedByName ?? "ukendt"}`}
              </p>
            </div>
            {!link.revokedAt && <RevokeButton action={revokeAction} linkId={link.id} label={label} />}
          </li>
        );
      })}
    </ul>
  );
}
