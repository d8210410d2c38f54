"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import {
  correctMeasurement,
  createBenefit,
  decideRebaseline,
  deleteMeasurement,
  recordMeasurement,
  requestRebaseline,
  updateBenefit,
} from "@/lib/services/benefits";

const benefitPaths = ({ args: [code] }: { args: [string, ...unknown[]] }): Revalidation[] => [`/projects/${code}`, "/benefits"];

/** The benefit forms have pages of their own; after a save the user is back at the benefit on the project's tab. */
const backToBenefit = (code: string, benefitId: number, notice: "benefit-created" | "benefit-saved") =>
  `/projects/${code}?tab=benefits&notice=${notice}#benefit-${benefitId}`;

export const createBenefitAction = serviceAction((user, formData, code: string) => createBenefit(user, code, formData), {
  success: "Gevinsten er oprettet.",
  revalidate: benefitPaths,
  redirect: ({ args: [code], result }) => backToBenefit(code, result, "benefit-created"),
});

export const updateBenefitAction = serviceAction((user, formData, _code: string, benefitId: number) => updateBenefit(user, benefitId, formData), {
  success: "Gevinsten er gemt.",
  revalidate: benefitPaths,
  redirect: ({ args: [code, benefitId] }) => backToBenefit(code, benefitId, "benefit-saved"),
});

export const requestRebaselineAction = serviceAction(
  (user, formData, _code: string, benefitId: number) => requestRebaseline(user, benefitId, formData),
  { success: "Anmodningen om ny baseline er sendt til direktionen.", revalidate: benefitPaths },
);

export const decideRebaselineAction = serviceAction(
  (user, formData, _code: string, rebaselineId: number) => decideRebaseline(user, rebaselineId, formData),
  {
    success: "",
    revalidate: ({ args: [code] }) => [`/projects/${code}`, "/benefits"],
    // The decided request leaves the card, and its form with it, so the answer stands at the top of the tab.
    redirect: ({ args: [code], formData }) =>
      `/projects/${code}?tab=benefits&notice=${formData.get("decision") === "approved" ? "rebaseline-approved" : "rebaseline-rejected"}`,
  },
);

export const recordMeasurementAction = serviceAction(
  (user, formData, _code: string, benefitId: number) => recordMeasurement(user, benefitId, formData),
  { success: "Målingen er registreret.", revalidate: benefitPaths },
);

export const correctMeasurementAction = serviceAction(
  (user, formData, _code: string, measurementId: number) => correctMeasurement(user, measurementId, formData),
  { success: "Målingen er rettet.", revalidate: benefitPaths },
);

export const deleteMeasurementAction = serviceAction(
  (user, formData, _code: string, measurementId: number) => deleteMeasurement(user, measurementId, formData),
  { success: "Målingen er slettet.", revalidate: benefitPaths },
);
