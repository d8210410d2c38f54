import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/learnings/print-button";
import { SharingCard } from "@/components/learnings/sharing-card";
import { requireCapability } from "@/lib/auth/current-user";
import { getLearningDetail } from "@/lib/queries/learnings";
import { readSettings } from "@/lib/settings";
import { parseLearningRef } from "@/lib/validation/learnings";

export const metadata: Metadata = { title: "Delingskort" };

export default async function SharingCardPrintPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  await requireCapability("portfolio.read");
  const ref = parseLearningRef(await params);
  const detail = ref && getLearningDetail(ref);
  if (!ref || !detail) notFound();
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-2">
        <Link href={`/learnings/${ref.kind}/${ref.id}`} className="inline-flex min-h-11 items-center underline">
          ← Tilbage til erfaringen
        </Link>
        <PrintButton label="Udskriv delingskort" />
      </div>
      <SharingCard card={detail.card} municipalityName={readSettings().municipalityName} />
    </>
  );
}
