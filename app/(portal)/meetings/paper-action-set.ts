import type { PaperActions } from "@/components/attachments/paper-actions";
import { deleteAgendaPaperAction, replaceAgendaPaperAction, uploadAgendaPaperAction } from "./paper-actions";

/** The agenda's paper actions, handed to each item's "Bilag" list. */
export const agendaPaperActions: PaperActions = { replace: replaceAgendaPaperAction, remove: deleteAgendaPaperAction };
export { uploadAgendaPaperAction };
