"use client";

import { writtenText, type OfflineWrite } from "@/lib/offline/queue";
import { useOfflineMeeting } from "./offline-meeting";

const stateLabels: Record<OfflineWrite["state"], string> = {
  pending: "Venter på net",
  sending: "Sender …",
  saved: "Gemt",
  conflict: "Besluttet af en anden imens",
  kept: "Ikke brugt",
  refused: "Ikke gemt",
};

function Written({ write }: { write: OfflineWrite }) {
  return (
    <p className="whitespace-pre-line text-lg">
      <span className="font-semibold">{write.kind === "note" ? "Din note: " : "Din beslutning: "}</span>
      {writtenText(write)}
    </p>
  );
}

function Entry({ write }: { write: OfflineWrite }) {
  const offline = useOfflineMeeting()!;
  const waiting = write.state === "pending" || write.state === "sending";
  // Red unless saved (green) or still waiting (amber): the colours are .pending-write's in the global stylesheet.
  return (
    <li className="pending-write" data-tone={write.state === "saved" ? "saved" : waiting ? "waiting" : undefined}>
      <p className="font-semibold">
        <span aria-hidden="true">{write.state === "saved" ? "✓ " : waiting ? "⏳ " : "! "}</span>
        <span>{stateLabels[write.state]}</span>
      </p>
      <Written write={write} />
      {write.state === "conflict" && write.theirs && (
        <>
          <p className="text-lg">
            <span className="font-semibold">Registreret af {write.theirs.recorderName}: </span>
            {write.theirs.text ? `${write.theirs.outcome} — ${write.theirs.text}` : write.theirs.outcome}
          </p>
          <p>{write.message}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn btn-secondary" onClick={() => offline.choose(write.id, "keep-theirs")}>
              Behold den registrerede
            </button>
            <button type="button" className="btn" disabled={!offline.online} onClick={() => offline.choose(write.id, "replace")}>
              Erstat med min beslutning
            </button>
          </div>
          {!offline.online && <p>Kræver net for at erstatte.</p>}
        </>
      )}
      {write.state === "kept" && <p>Den registrerede beslutning gælder. Din tekst står her, til du lukker den.</p>}
      {write.state === "refused" && (
        <>
          <p>{write.message}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className="btn btn-secondary" onClick={() => offline.retry(write.id)}>
              Prøv igen
            </button>
          </div>
        </>
      )}
      {(write.state === "kept" || write.state === "refused" || write.state === "saved") && (
        <button type="button" className="btn btn-secondary" onClick={() => offline.dismiss(write.id)}>
          Luk
        </button>
      )}
    </li>
  );
}

/** What the device holds for one agenda item: each write with its state (Venter på net, Gemt, a conflict to resolve). */
export function PendingWrites({ itemId }: { itemId: number }) {
  const offline = useOfflineMeeting();
  const writes = offline?.writes.filter((write) => write.itemId === itemId) ?? [];
  return (
    <section aria-label="Skrevet på enheden" aria-live="polite" className={writes.length ? "mx-auto w-full max-w-7xl px-4 pt-4 md:px-6" : undefined}>
      {writes.length > 0 && (
        <ul className="space-y-2">
          {writes.map((write) => (
            <Entry key={write.id} write={write} />
          ))}
        </ul>
      )}
    </section>
  );
}
