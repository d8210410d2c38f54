const krFormatter = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });
/** Measured values as entered: 80,5 stays 80,5 (up to two decimals); whole numbers show none. */
const numberFormatter = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });
const dateFormatter = new Intl.DateTimeFormat("da-DK", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Copenhagen" });
const dateTimeFormatter = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

export function formatKr(amount: number): string {
  return `${krFormatter.format(amount)} kr.`;
}

export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}

/** A count with its noun in the right number: "1 gevinst", "3 gevinster", "1.250 projekter". */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${numberFormatter.format(count)} ${count === 1 ? singular : plural}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "–";
  return dateFormatter.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "–";
  return dateTimeFormatter.format(new Date(iso));
}
