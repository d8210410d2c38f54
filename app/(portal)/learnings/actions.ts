"use server";

import { serviceAction } from "@/lib/actions";
import { createShareLink, revokeShareLink } from "@/lib/services/learnings";

export const createShareLinkAction = serviceAction((user, formData) => createShareLink(user, formData), {
  success: "Delingslinket er oprettet. Kopiér det nu: af sikkerhedshensyn vises det kun denne ene gang.",
  revalidate: [{ layout: "/learnings" }],
  extra: ({ result }) => ({ path: `/share/${result.token}`, linkId: result.id }),
});

export const revokeShareLinkAction = serviceAction((user, formData) => revokeShareLink(user, Number(formData.get("linkId"))), {
  success: "Delingslinket er tilbagekaldt.",
  revalidate: [{ layout: "/learnings" }],
});
