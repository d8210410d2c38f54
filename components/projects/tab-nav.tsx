import Link from "next/link";

export const projectTabs = [
  { key: "overview", label: "Overblik" },
  { key: "status", label: "Status" },
  { key: "benefits", label: "Gevinster" },
  { key: "risks", label: "Risici" },
  { key: "involvement", label: "Inddragelse" },
  { key: "history", label: "Historik" },
] as const;
export type ProjectTabKey = (typeof projectTabs)[number]["key"];

export function parseTab(value: string | string[] | undefined): ProjectTabKey {
  return projectTabs.find((tab) => tab.key === value)?.key ?? "overview";
}

/** Tabs as links, so each tab has its own URL and works without JavaScript. */
export function ProjectTabNav({ code, current }: { code: string; current: ProjectTabKey }) {
  return (
    <nav aria-label="Projektets faner" className="mb-6 border-b border-gray-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {projectTabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.key === "overview" ? `/projects/${code}` : `/projects/${code}?tab=${tab.key}`}
              aria-current={tab.key === current ? "page" : undefined}
              className={`flex min-h-11 items-center border-b-4 px-4 font-medium ${
                tab.key === current ? "border-brand-700 text-brand-900" : "border-transparent text-gray-700 hover:border-gray-400"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
