import { TabLinks } from "@/components/ui/tab-links";

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
  const tabs = projectTabs.map((tab) => ({
    href: tab.key === "overview" ? `/projects/${code}` : `/projects/${code}?tab=${tab.key}`,
    label: tab.label,
    current: tab.key === current,
  }));
  return <TabLinks label="Projektets faner" tabs={tabs} />;
}
