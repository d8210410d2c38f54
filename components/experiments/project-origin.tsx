import Link from "@/components/ui/link";
import { getProjectOrigin } from "@/lib/queries/experiments";

/** "Fra forsøg: …" on a project that was promoted from an experiment (Skalér); nothing otherwise. */
export function ProjectOrigin({ projectId }: { projectId: number }) {
  const origin = getProjectOrigin(projectId);
  if (!origin) return null;
  return (
    <p className="text-sm">
      Fra forsøg:{" "}
      <Link href={`/experiments/${origin.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
        {origin.title}
      </Link>
    </p>
  );
}
