/** A browser's User-Agent header in a short, readable Danish form: "Chrome på Windows". */

const browsers: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/\d+/, "Edge"],
  [/OPR\/\d+|Opera/, "Opera"],
  [/SamsungBrowser\/\d+/, "Samsung Internet"],
  [/Firefox\/\d+|FxiOS\/\d+/, "Firefox"],
  [/HeadlessChrome\/\d+/, "Chrome (automatiseret)"],
  [/Chrome\/\d+|CriOS\/\d+|Chromium\/\d+/, "Chrome"],
  [/Version\/[\d.]+.*Safari\/|Safari\/\d+/, "Safari"],
  [/curl\/|Wget\//, "Kommandolinje"],
];

const systems: [RegExp, string][] = [
  [/iPad/, "iPad"],
  [/iPhone|iPod/, "iPhone"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

const firstMatch = (userAgent: string, list: [RegExp, string][]) => list.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;

export function describeUserAgent(userAgent: string | null | undefined): string {
  const text = (userAgent ?? "").trim();
  if (!text) return "Ukendt browser";
  const browser = firstMatch(text, browsers);
  const system = firstMatch(text, systems);
  if (browser && system) return `${browser} på ${system}`;
  return browser ?? (system ? `Browser på ${system}` : "Ukendt browser");
}
