import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { InspirationForm } from "@/components/outlook/inspiration-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireCapability } from "@/lib/auth/current-user";
import { toDay } from "@/lib/domain/dates";
import { listLinkChoices } from "@/lib/queries/inspirations";
import { logInspirationAction } from "../actions";

export const metadata: Metadata = { title: "Registrér udsyn" };

/** Logging what was learned from others has a page of its own: its project list holds every project. */
export default async function NewInspirationPage() {
  await requireCapability("idea.participate");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/outlook" className="inline-flex min-h-11 items-center underline">
          ← Tilbage til udsynet
        </Link>
      </p>
      <PageHeader title="Registrér udsyn" description="Hvad så eller hørte du hos andre, og hvad tager vi med os?" />
      <div className="card max-w-3xl">
        <InspirationForm action={logInspirationAction} choices={listLinkChoices()} today={toDay(new Date())} />
      </div>
    </>
  );
}
