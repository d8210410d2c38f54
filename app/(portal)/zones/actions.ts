"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import { addZoneMember, createZone, removeZoneMember, setZoneMemberMed, updateZone } from "@/lib/services/zones";

const zonePaths = ({ args: [slug] }: { args: [string] }): Revalidation[] => [{ layout: `/zones/${slug}` }];

export const createZoneAction = serviceAction((user, formData) => createZone(user, formData), {
  success: "Udviklingsrummet er oprettet.",
  revalidate: ["/zones"],
  redirect: ({ result }) => `/zones/${result.slug}`,
});

export const updateZoneAction = serviceAction((user, formData, slug: string) => updateZone(user, slug, formData), {
  success: "Udviklingsrummet er gemt.",
  revalidate: [{ layout: "/zones" }],
  redirect: ({ args: [slug] }) => `/zones/${slug}`,
});

export const addZoneMemberAction = serviceAction((user, formData, slug: string) => addZoneMember(user, slug, formData), {
  success: "Medlemmet er tilføjet.",
  revalidate: zonePaths,
});

export const removeZoneMemberAction = serviceAction((user, formData, slug: string) => removeZoneMember(user, slug, formData), {
  success: "Medlemmet er fjernet.",
  revalidate: zonePaths,
});

export const setZoneMemberMedAction = serviceAction((user, formData, slug: string) => setZoneMemberMed(user, slug, formData), {
  success: "Gemt.",
  revalidate: zonePaths,
});
