import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharingCard } from "@/components/learnings/sharing-card";
import { getSharedLearningCard } from "@/lib/queries/learnings";
import { readSettings } from "@/lib/settings";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Delt erfaring",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

/** A public share link: that one sharing card, read-only, with nothing of the portal reachable from it. */
export default async function SharedLearningPage({ params }: { params: Promise<{ token: string }> }) {
  const card = getSharedLearningCard((await params).token);
  if (!card) notFound();
  return (
    <main id="indhold" className="mx-auto max-w-[210mm] bg-white px-6 py-8 print:max-w-none print:p-0">
      <SharingCard card={card} municipalityName={readSettings().municipalityName} />
    </main>
  );
}
