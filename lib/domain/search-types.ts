/**
 * What the portal's search finds. Each document type is one kind of page; types are shown and filtered in groups
 * (a finished experiment's and a closed project's learning cards are both "Erfaring").
 */
export const searchDocumentTypes = [
  "project",
  "benefit",
  "experiment",
  "learning_experiment",
  "learning_project",
  "inspiration",
  "idea",
  "zone",
  "meeting",
  "agenda_item",
  "person",
] as const;
export type SearchDocumentType = (typeof searchDocumentTypes)[number];

export const searchGroups = ["project", "benefit", "experiment", "learning", "inspiration", "idea", "zone", "meeting", "agenda_item", "person"] as const;
export type SearchGroup = (typeof searchGroups)[number];

export const searchGroupOfType: Record<SearchDocumentType, SearchGroup> = {
  project: "project",
  benefit: "benefit",
  experiment: "experiment",
  learning_experiment: "learning",
  learning_project: "learning",
  inspiration: "inspiration",
  idea: "idea",
  zone: "zone",
  meeting: "meeting",
  agenda_item: "agenda_item",
  person: "person",
};

export function typesOfGroup(group: SearchGroup): SearchDocumentType[] {
  return searchDocumentTypes.filter((type) => searchGroupOfType[type] === group);
}

export const searchGroupLabels: Record<SearchGroup, string> = {
  project: "Projekt",
  benefit: "Gevinst",
  experiment: "Forsøg",
  learning: "Erfaring",
  inspiration: "Udsyn",
  idea: "Idé",
  zone: "Udviklingsrum",
  meeting: "Møde",
  agenda_item: "Dagsordenspunkt",
  person: "Person",
};

export const searchGroupPluralLabels: Record<SearchGroup, string> = {
  project: "Projekter",
  benefit: "Gevinster",
  experiment: "Forsøg",
  learning: "Erfaringer",
  inspiration: "Udsyn",
  idea: "Idéer",
  zone: "Udviklingsrum",
  meeting: "Møder",
  agenda_item: "Dagsordenspunkter",
  person: "Personer",
};

/**
 * Who may read a document, as the triggers write it: everyone; a meeting (or its agenda item) whose agenda is
 * published; one whose agenda is not; a deactivated user.
 */
export const searchVisibilities = ["all", "meeting_published", "meeting_unpublished", "inactive_person"] as const;
export type SearchVisibility = (typeof searchVisibilities)[number];

/** The link of a result. A person is an administrator's user page, for everyone else the projects they own. */
export function searchResultHref(
  doc: { type: SearchDocumentType; refId: number; linkKey: string },
  viewer: { managesUsers: boolean },
): string {
  const key = encodeURIComponent(doc.linkKey);
  switch (doc.type) {
    case "project":
      return `/projects/${key}`;
    case "benefit":
      return `/projects/${key}?tab=benefits#benefit-${doc.refId}`;
    case "experiment":
      return `/experiments/${doc.refId}`;
    case "learning_experiment":
      return `/learnings/experiment/${doc.refId}`;
    case "learning_project":
      return `/learnings/project/${doc.refId}`;
    case "inspiration":
      return `/outlook?udsyn=${doc.refId}#inspiration-${doc.refId}`;
    case "idea":
      return `/ideas/${doc.refId}`;
    case "zone":
      return `/zones/${key}`;
    case "meeting":
      return `/meetings/${doc.refId}`;
    case "agenda_item":
      return `/meetings/${key}#agenda-item-${doc.refId}`;
    case "person":
      return viewer.managesUsers ? `/admin/users/${doc.refId}` : `/portfolio/projects?owner=${doc.refId}`;
  }
}
