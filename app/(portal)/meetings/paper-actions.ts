"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import { deletePaper, replacePaper, uploadAgendaItemPaper } from "@/lib/services/attachments";

/** The agenda, meeting mode and the minutes all list the items' papers. */
const meetingPaths: Revalidation[] = [{ layout: "/meetings" }];

export const uploadAgendaPaperAction = serviceAction((user, formData, itemId: number) => uploadAgendaItemPaper(user, itemId, formData), {
  success: "Bilaget er vedhæftet.",
  revalidate: meetingPaths,
});

export const replaceAgendaPaperAction = serviceAction((user, formData, attachmentId: number) => replacePaper(user, attachmentId, formData), {
  success: "Bilaget er erstattet af den nye version.",
  revalidate: meetingPaths,
});

export const deleteAgendaPaperAction = serviceAction((user, _formData, attachmentId: number) => deletePaper(user, attachmentId), {
  success: "Bilaget er slettet.",
  revalidate: meetingPaths,
});
