"use server";

import { serviceAction } from "@/lib/actions";
import { createStrategyGoal, updateStrategyGoal } from "@/lib/services/strategy";

export const createStrategyGoalAction = serviceAction((user, formData) => createStrategyGoal(user, formData), {
  success: "Målet er oprettet.",
  revalidate: ["/strategy"],
});

export const updateStrategyGoalAction = serviceAction((user, formData) => updateStrategyGoal(user, Number(formData.get("id")), formData), {
  success: "Ændringerne er gemt.",
  revalidate: [{ layout: "/strategy" }],
});
