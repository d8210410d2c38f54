import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/forms/project-form";
import { PageHeader } from "@/components/ui/page-header";
import { placeableDepartmentIds } from "@/lib/auth/project-departments";
import { requireCapability } from "@/lib/auth/current-user";
import { defaultDepartmentFor } from "@/lib/permissions";
import { projectFormOptions } from "@/lib/queries/project-tabs";
import { createProjectAction } from "../actions";

export const metadata: Metadata = { title: "Nyt projekt" };

export default async function NewProjectPage() {
  const user = await requireCapability("project.create", "/projects/new");
  const choices = projectFormOptions(null, [user.id]);
  const departmentIds = placeableDepartmentIds(user, choices.departments.map((d) => d.id));
  return (
    <>
      <PageHeader title="Nyt projekt" description="Projektet oprettes i fasen Idé og får et projektnummer DIG-år-nnn." />
      <ProjectForm
        action={createProjectAction}
        choices={choices}
        departmentIds={departmentIds}
        submitLabel="Opret projekt"
        values={{
          title: "",
          summary: "",
          purpose: "",
          departmentId: defaultDepartmentFor(user),
          zoneId: null,
          ownerId: user.id,
          leadId: null,
          priority: "medium",
          baselineStart: null,
          baselineEnd: null,
          forecastEnd: null,
          approvedBudgetKr: 0,
          spentKr: 0,
          goalIds: [],
          tags: [],
          closingLearning: null,
        }}
      />
    </>
  );
}
