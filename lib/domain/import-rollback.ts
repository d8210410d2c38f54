/** How long an import can be rolled back as a whole. */
export const rollbackDays = 7;

/**
 * Why an import batch cannot be rolled back (a Danish message), or null when it can: already rolled back, older
 * than 7 days, or rows it wrote have been changed since (named, at most 10).
 */
export function rollbackRefusal(batch: { importedAt: string; rolledBackAt: string | null }, changedRows: string[], now: Date): string | null {
  if (batch.rolledBackAt) return "Importen er allerede rullet tilbage.";
  if (now.getTime() - new Date(batch.importedAt).getTime() > rollbackDays * 86_400_000) {
    return `Importen er mere end ${rollbackDays} dage gammel og kan ikke længere rulles tilbage.`;
  }
  if (changedRows.length) {
    const shown = changedRows.slice(0, 10).join(", ");
    const more = changedRows.length > 10 ? ` og ${changedRows.length - 10} til` : "";
    return `Importen kan ikke rulles tilbage, fordi disse rækker er ændret siden: ${shown}${more}. Ret dem i hånden i stedet.`;
  }
  return null;
}

/** True while a batch may still be offered for rollback (the full check runs when it is asked for). */
export function isWithinRollbackWindow(importedAt: string, rolledBackAt: string | null, now: Date): boolean {
  return !rolledBackAt && now.getTime() - new Date(importedAt).getTime() <= rollbackDays * 86_400_000;
}
