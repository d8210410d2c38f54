"use server";

import { serviceAction, type Revalidation } from "@/lib/actions";
import { deletePaper, replacePaper, uploadProjectPaper } from "@/lib/services/attachments";

const projectPaths: Revalidation[] = [{ layout: "/projects" }];

export const uploadProjectPaperAction = serviceAction((user, formData, code: string) => uploadProjectPaper(user, code, formData), {
  success: "Bilaget er vedhæftet.",
  revalidate: projectPaths,
});

export const replaceProjectPaperAction = serviceAction((user, formData, attachmentId: number) => replacePaper(user, attachmentId, formData), {
  success: "Bilaget er erstattet af den nye version.",
  revalidate: projectPaths,
});

export const deleteProjectPaperAction = serviceAction((user, _formData, attachmentId: number) => deletePaper(user, attachmentId), {
  success: "Bilaget er slettet.",
  revalidate: projectPaths,
});
