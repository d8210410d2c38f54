"use server";

import { serviceAction } from "@/lib/actions";
import { createProject, updateProject } from "@/lib/services/projects";

export const createProjectAction = serviceAction((user, formData) => createProject(user, formData), {
  success: "Projektet er oprettet.",
  revalidate: ["/portfolio"],
  redirect: ({ result }) => `/projects/${result.code}`,
});

export const updateProjectAction = serviceAction((user, formData, code: string) => updateProject(user, code, formData), {
  success: "Projektet er gemt.",
  revalidate: ({ args: [code] }) => [`/projects/${code}`, "/portfolio"],
  redirect: ({ args: [code] }) => `/projects/${code}`,
});
