import type { BackupState } from "@/lib/queries/backups";

const dateTime = new Intl.DateTimeFormat("da-DK", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Copenhagen" });
const megabytes = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });

/** The last good backup, a failure since, and a warning when the last good one is more than two days old. */
export function BackupStatus({ state }: { state: BackupState }) {
  const good = state.lastGood;
  return (
    <section aria-labelledby="backup-heading" className={`card mb-6 ${state.warn ? "border-red-700 bg-red-50" : ""}`}>
      <h2 id="backup-heading" className="text-lg font-semibold">
        Sikkerhedskopier
      </h2>
      <p className="mt-1">
        {good
          ? `Seneste gode sikkerhedskopi: ${dateTime.format(new Date(good.finishedAt))} (${good.kind === "nightly" ? "natlig" : "manuel"}${
              good.bytes ? `, ${megabytes.format(good.bytes / 1024 / 1024)} MB` : ""
            }).`
          : "Der er endnu ikke taget nogen sikkerhedskopi."}
      </p>
      {state.lastFailure && (
        <p className="mt-1 font-medium text-red-800">
          Seneste forsøg mislykkedes {dateTime.format(new Date(state.lastFailure.finishedAt))}: {state.lastFailure.error}
        </p>
      )}
      {state.warn && (
        <p className="mt-1 font-medium text-red-800">
          Advarsel: {good ? "den seneste gode sikkerhedskopi er mere end to døgn gammel." : "portalen har ingen sikkerhedskopi."} Serveren
          tager selv en hver nat (se Indstillinger → Drift), eller kør <code>npm run backup</code> på serveren.
        </p>
      )}
    </section>
  );
}
