import type { FormAction, ServiceAction } from "@/lib/action-state";

/** The server actions of one owner's papers (an agenda's or a project's), bound by the list to each paper. */
export type PaperActions = {
  replace: ServiceAction<[attachmentId: number]>;
  remove: ServiceAction<[attachmentId: number]>;
};

/** Upload, already bound to the agenda item or the project. */
export type PaperUpload = FormAction;
