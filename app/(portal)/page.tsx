import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ProjectTable } from "@/components/projects/project-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/domain/labels";
import { listMyProjects } from "@/lib/queries/projects";
import { needsOnboarding } from "@/lib/queries/settings-onboarding";
import { canEver } from "@/lib/permissions";

export const metadata: Metadata = { title: "Mit overblik" };

function greeting(now: Date): string {
  const hour = Number(new Intl.DateTimeFormat("da-DK", { hour: "numeric", timeZone: "Europe/Copenhagen" }).format(now));
  if (hour < 10) return "Godmorgen";
  if (hour < 18) return "Goddag";
  return "Godaften";
}

export default async function OverviewPage() {
  const user = await requireCapability("portfolio.read");
  // An administrator of a new installation without departments starts with the first-run setup.
  if (needsOnboarding(user)) redirect("/admin/onboarding");
  const projects = listMyProjects(user.id);
  const firstName = user.name.split(" ")[0];
  return (
    <>
      <PageHeader title={`${greeting(new Date())}, ${firstName}`} description={`${roleLabels[user.role]}${user.title ? ` · ${user.title}` : ""}`}>
        {canEver(user, "project.create") && (
          <Link href="/projects/new" className="btn">
            Nyt projekt
          </Link>
        )}
      </PageHeader>
      <section aria-labelledby="my-projects">
        <h2 id="my-projects" className="mb-3 text-xl font-semibold">
          Mine projekter
        </h2>
        {projects.length > 0 ? (
          <ProjectTable projects={projects} caption="Projekter hvor du er projektejer eller projektleder" />
        ) : (
          <p className="card text-muted">Du er ikke projektejer eller projektleder på nogen projekter endnu.</p>
        )}
      </section>
    </>
  );
}
