"use server";

import { serviceAction } from "@/lib/actions";
import { decideChangeRequest, fileChangeRequest } from "@/lib/services/change-requests";

export const fileChangeRequestAction = serviceAction((user, formData, code: string) => fileChangeRequest(user, code, formData), {
  success: "",
  revalidate: ({ args: [code] }) => [`/projects/${code}`],
  redirect: ({ args: [code] }) => `/projects/${code}?notice=change-requested#aendringsanmodning`,
});

export const decideChangeRequestAction = serviceAction(
  (user, formData, _code: string, requestId: number) => decideChangeRequest(user, requestId, formData),
  {
    success: "",
    revalidate: ({ args: [code] }) => [`/projects/${code}`, "/portfolio"],
    redirect: ({ args: [code], formData }) =>
      `/projects/${code}?notice=${formData.get("decision") === "approved" ? "change-approved" : "change-rejected"}#aendringsanmodning`,
  },
);
