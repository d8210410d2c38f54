import { PaperList } from "@/components/attachments/paper-list";
import { projectPapers } from "@/lib/queries/attachments";
import { readSettings } from "@/lib/settings";
import { deleteProjectPaperAction, replaceProjectPaperAction, uploadProjectPaperAction } from "./paper-actions";

/** The project's board papers (bilag) on its overview, with upload, replace and delete for those who may edit it. */
export function ProjectPapers({ projectId, code, title, canEdit }: { projectId: number; code: string; title: string; canEdit: boolean }) {
  return (
    <div className="card mt-6">
      <PaperList
        papers={projectPapers(projectId)}
        idPrefix="project"
        context={title}
        headingLevel={2}
        edit={
          canEdit
            ? {
                upload: uploadProjectPaperAction.bind(null, code),
                actions: { replace: replaceProjectPaperAction, remove: deleteProjectPaperAction },
                maxSizeMb: readSettings().paperMaxSizeMb,
              }
            : undefined
        }
      />
    </div>
  );
}
