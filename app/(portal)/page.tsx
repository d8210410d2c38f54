import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { BenefitList } from "@/components/benefits/portfolio/benefit-list";
import { ChangesList } from "@/components/overview/changes-list";
import { InboxList, inboxPageParam, inboxPageSize } from "@/components/overview/inbox-list";
import { ProjectTable } from "@/components/projects/project-table";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireCapability } from "@/lib/auth/current-user";
import { changesCutoff } from "@/lib/domain/inbox";
import { roleLabels } from "@/lib/domain/labels";
import { listOwnBenefits } from "@/lib/queries/benefit-portfolio";
import { requestInbox } from "@/lib/queries/inbox";
import { listChangesSince } from "@/lib/queries/inbox-changes";
import { listMyProjects, MY_PROJECTS_PAGE_SIZE } from "@/lib/queries/projects";
import { needsOnboarding } from "@/lib/queries/settings-onboarding";
import { canEver } from "@/lib/permissions";
import { recordOverviewVisit } from "@/lib/services/overview-visit";
import { readSettings } from "@/lib/settings";
import { parsePageRequest, type SearchParams } from "@/lib/validation/pagination";
import { emptyPortfolioFilter } from "@/lib/validation/portfolio";

export const metadata: Metadata = { title: "Mit overblik" };

/** At most this many of the user's own benefits are listed; /benefits has them all. */
const ownBenefitLimit = 10;

const copenhagenHour = new Intl.DateTimeFormat("da-DK", { hour: "numeric", timeZone: "Europe/Copenhagen" });

function greeting(now: Date): string {
  const hour = Number(copenhagenHour.format(now));
  if (hour < 10) return "Godmorgen";
  if (hour < 18) return "Goddag";
  return "Godaften";
}

/** "Direktør · Kommunaldirektør", but only the title when it already names the role ("Afdelingschef, Social og Sundhed"). */
function roleAndTitle(role: string, title: string): string {
  if (!title) return role;
  return title.toLocaleLowerCase("da").startsWith(role.toLocaleLowerCase("da")) ? title : `${role} · ${title}`;
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCapability("portfolio.read");
  // An administrator of a new installation without departments starts with the first-run setup.
  if (needsOnboarding(user)) redirect("/admin/onboarding");
  const now = new Date();
  const visit = recordOverviewVisit(user, now);
  const inbox = requestInbox(user);
  const since = changesCutoff(visit, now);
  const changes = listChangesSince(user.id, since);
  const query = await searchParams;
  const projects = listMyProjects(user.id, parsePageRequest(query, "side", MY_PROJECTS_PAGE_SIZE));
  const benefits = listOwnBenefits(emptyPortfolioFilter, user.id, readSettings().benefitTolerance, { page: 1, limit: ownBenefitLimit, offset: 0 }, now);
  const firstName = user.name.split(" ")[0];
  return (
    <>
      <PageHeader title={`${greeting(now)}, ${firstName}`} description={roleAndTitle(roleLabels[user.role], user.title)}>
        {canEver(user, "project.create") && (
          <Link href="/projects/new" className="btn">
            Nyt projekt
          </Link>
        )}
      </PageHeader>
      <section aria-labelledby="inbox-heading" className="mb-8">
        <h2 id="inbox-heading" className="mb-3 text-xl font-semibold">
          Venter på dig <span className="text-muted">({inbox.length})</span>
        </h2>
        <InboxList items={inbox} request={parsePageRequest(query, inboxPageParam, inboxPageSize)} searchParams={query} />
      </section>
      <section aria-labelledby="my-projects" className="mb-8">
        <h2 id="my-projects" className="mb-3 text-xl font-semibold">
          Mine projekter
        </h2>
        {projects.rows.length > 0 ? (
          <>
            <ProjectTable projects={projects.rows} caption="Projekter hvor du er projektejer eller projektleder" showStatus />
            <Pagination info={projects.info} path="/" searchParams={query} anchor="#my-projects" noun="projekter" label="Sider med dine projekter" />
          </>
        ) : (
          <p className="card text-muted">Du er ikke projektejer eller projektleder på nogen projekter endnu.</p>
        )}
      </section>
      <section aria-labelledby="my-benefits" className="mb-8">
        <h2 id="my-benefits" className="mb-3 text-xl font-semibold">
          Mine gevinster
        </h2>
        {benefits.rows.length > 0 ? (
          <>
            <BenefitList caption="Gevinster hvor du er gevinstejer" benefits={benefits.rows} />
            {benefits.info.total > benefits.rows.length && (
              <p className="mt-2 text-muted">
                Viser {benefits.rows.length} af {benefits.info.total}.{" "}
                <a href="/benefits" className="underline">
                  Se alle dine gevinster
                </a>
              </p>
            )}
          </>
        ) : (
          <p className="card text-muted">Du er ikke gevinstejer på nogen gevinster.</p>
        )}
      </section>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="mb-3 text-xl font-semibold">
          Ændret siden dit sidste besøg
        </h2>
        <ChangesList changes={changes} since={since} />
      </section>
    </>
  );
}
