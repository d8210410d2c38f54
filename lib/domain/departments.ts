/** What refers to a department: it can be deleted only when nothing does. */
export type DepartmentReferences = { users: number; projects: number; benefits: number; ideas: number };

export function isDepartmentEmpty(references: DepartmentReferences): boolean {
  return references.users + references.projects + references.benefits + references.ideas === 0;
}

/** A short name from a department's name: the initials of its words, upper-case, at most 12 ("Social og Sundhed" → "SOS"). */
export function shortNameFrom(name: string): string {
  const initials = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join("")
    .toLocaleUpperCase("da-DK");
  return (initials.length >= 2 ? initials : name.trim().slice(0, 3).toLocaleUpperCase("da-DK")).slice(0, 12);
}
