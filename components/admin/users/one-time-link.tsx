"use client";

import { useState, useSyncExternalStore } from "react";
import { formatDateTime } from "@/lib/format";

const noSubscription = () => () => {};

/** A one-time link with a copy button; shown once, right after it was issued (only its hash is stored). */
export function OneTimeLink({ id, path, expiresAt, label = "Engangslink" }: { id: string; path: string; expiresAt?: string; label?: string }) {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  const url = `${origin}${path}`;
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={url}
          aria-describedby={expiresAt ? `${id}-hint` : undefined}
          className="field min-w-0 flex-1 font-mono text-sm"
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="btn btn-secondary" onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}>
          {copied ? "Kopieret" : "Kopiér link"}
        </button>
      </div>
      {expiresAt && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          Gælder til {formatDateTime(expiresAt)} og kan bruges én gang.
        </p>
      )}
    </div>
  );
}
