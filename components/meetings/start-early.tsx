import type { ServiceAction } from "@/lib/action-state";
import { ActionButton } from "@/components/ui/action-button";
import { formatDate } from "@/lib/format";

/** Shown in meeting mode before the scheduled start: decisions wait for the start, or for a director to start early. */
export function StartEarly({ meetingId, date, time, start }: { meetingId: number; date: string; time: string; start: ServiceAction<[meetingId: number]> }) {
  return (
    <section aria-label="Mødestart" className="border-b border-amber-700 bg-amber-50 px-4 py-3">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4">
        <p className="text-lg">
          Mødet begynder {formatDate(date)} kl. {time}. Beslutninger kan registreres fra mødets start.
        </p>
        <ActionButton action={start.bind(null, meetingId)} label="Start mødet nu" className="btn" />
      </div>
    </section>
  );
}
