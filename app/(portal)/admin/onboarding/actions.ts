"use server";

import { serviceAction } from "@/lib/actions";
import { createDepartmentsFromLines, saveMunicipalityName, setOnboardingStep } from "@/lib/services/onboarding";
import { formatCount } from "@/lib/format";

export const saveMunicipalityNameAction = serviceAction((user, formData) => saveMunicipalityName(user, formData), {
  success: "Kommunens navn er gemt.",
  revalidate: [{ layout: "/" }],
});

export const createDepartmentsAction = serviceAction((user, formData) => createDepartmentsFromLines(user, formData), {
  success: ({ result: { created } }) => `${formatCount(created, "afdeling", "afdelinger")} er oprettet.`,
  revalidate: ["/admin/onboarding", "/admin/departments"],
});

export const setOnboardingStepAction = serviceAction((user, formData) => setOnboardingStep(user, formData), {
  success: "Trinnet er opdateret.",
  revalidate: ["/admin/onboarding", "/"],
});
