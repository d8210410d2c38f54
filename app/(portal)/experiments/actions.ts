"use server";

import type { ExperimentNotice } from "@/components/experiments/notices";
import { serviceAction, type Revalidation } from "@/lib/actions";
import {
  approveExperiment,
  createExperiment,
  deleteExperiment,
  finishExperiment,
  promoteExperiment,
  rejectExperiment,
  startExperiment,
  updateExperiment,
} from "@/lib/services/experiments";

const experimentPaths = ({ args: [id] }: { args: [number] }): Revalidation[] => [{ layout: "/zones" }, `/experiments/${id}`];
const backTo = (id: number, notice: ExperimentNotice) => `/experiments/${id}?notice=${notice}`;

export const createExperimentAction = serviceAction((user, formData) => createExperiment(user, formData), {
  success: "Testkortet er oprettet.",
  revalidate: ({ result }) => [{ layout: "/zones" }, `/experiments/${result.id}`],
  redirect: ({ result }) => backTo(result.id, "created"),
});

export const updateExperimentAction = serviceAction((user, formData, id: number) => updateExperiment(user, id, formData), {
  success: "Testkortet er gemt.",
  revalidate: experimentPaths,
  redirect: ({ args: [id] }) => backTo(id, "saved"),
});

export const deleteExperimentAction = serviceAction((user, formData, id: number) => deleteExperiment(user, id, formData), {
  success: "Kladden er slettet.",
  revalidate: ({ args: [id] }) => [{ layout: "/zones" }, `/experiments/${id}`, { layout: "/ideas" }],
  redirect: ({ result }) => `/zones/${encodeURIComponent(result.zoneSlug)}`,
});

export const startExperimentAction = serviceAction((user, _formData, id: number) => startExperiment(user, id), {
  success: "Forsøget er startet.",
  revalidate: experimentPaths,
  redirect: ({ args: [id], result }) => backTo(id, result.state === "awaiting_approval" ? "awaiting" : "started"),
});

export const approveExperimentAction = serviceAction((user, _formData, id: number) => approveExperiment(user, id), {
  success: "",
  revalidate: experimentPaths,
  redirect: ({ args: [id] }) => backTo(id, "approved"),
});

export const rejectExperimentAction = serviceAction((user, formData, id: number) => rejectExperiment(user, id, formData), {
  success: "",
  revalidate: experimentPaths,
  redirect: ({ args: [id] }) => backTo(id, "rejected"),
});

export const finishExperimentAction = serviceAction((user, formData, id: number) => finishExperiment(user, id, formData), {
  success: "",
  revalidate: experimentPaths,
  redirect: ({ args: [id] }) => backTo(id, "finished"),
});

export const promoteExperimentAction = serviceAction((user, formData, id: number) => promoteExperiment(user, id, formData), {
  success: "",
  revalidate: ({ args: [id] }) => ["/portfolio", { layout: "/zones" }, `/experiments/${id}`],
  redirect: ({ args: [id] }) => backTo(id, "promoted"),
});
