import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ShareLinkCreator } from "@/components/learnings/share-link-creator";
import { ShareLinkList } from "@/components/learnings/share-link-list";
import { SharingCard } from "@/components/learnings/sharing-card";
import { requireCapability } from "@/lib/auth/current-user";
import { sharingLabels } from "@/lib/domain/labels";
import { getLearningDetail, listShareLinks } from "@/lib/queries/learnings";
import { can } from "@/lib/permissions";
import { readSettings } from "@/lib/settings";
import { parseLearningRef } from "@/lib/validation/learnings";
import { createShareLinkAction, revokeShareLinkAction } from "../../actions";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "Erfaring" };

async function requestOrigin(): Promise<string> {
  const headerList = await headers();
  const host = headerList.get("x-forwarded-host") ?? headerList.get("host") ?? "localhost";
  const proto = headerList.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}

export default async function LearningPage({ params }: Props) {
  const user = await requireCapability("portfolio.read");
  const ref = parseLearningRef(await params);
  const detail = ref && getLearningDetail(ref);
  if (!ref || !detail) notFound();
  const { card, access } = detail;
  const canShare = can(user, "share.manage", access);
  const links = canShare ? listShareLinks(ref) : [];
  const sourceHref = card.kind === "experiment" ? `/experiments/${card.id}` : `/projects/${encodeURIComponent(card.code)}`;

  return (
    <>
      <nav aria-label="Brødkrumme" className="mb-3 text-sm">
        <Link href="/learnings" className="inline-flex min-h-11 items-center underline">
          ← Erfaringsbank
        </Link>
      </nav>
      <div className="card max-w-4xl">
        <SharingCard card={card} municipalityName={readSettings().municipalityName} />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href={`/learnings/${card.kind}/${card.id}/card`} className="btn">
          Delingskort til udskrift
        </Link>
        <Link href={sourceHref} className="btn btn-secondary">
          {card.kind === "experiment" ? "Gå til forsøget" : "Gå til projektet"}
        </Link>
      </div>
      {canShare && (
        <section aria-labelledby="share-heading" className="card mt-8 max-w-4xl space-y-4">
          <h2 id="share-heading" className="text-xl font-semibold">
            Delingslink
          </h2>
          {card.sharing === "public" ? (
            <>
              <p>
                Et delingslink viser kun dette delingskort, uden login og uden adgang til resten af Styrerum. Du kan tilbagekalde det når som
                helst.
              </p>
              <ShareLinkCreator
                action={createShareLinkAction}
                kind={card.kind}
                id={card.id}
                origin={await requestOrigin()}
                activeLinkIds={links.filter((link) => !link.revokedAt).map((link) => link.id)}
              />
            </>
          ) : (
            <p>
              Delingsniveauet er {sharingLabels[card.sharing]}. Kun erfaringer med delingsniveauet {sharingLabels.public} kan få et
              delingslink.
            </p>
          )}
          <ShareLinkList links={links} revokeAction={revokeShareLinkAction} />
        </section>
      )}
    </>
  );
}
