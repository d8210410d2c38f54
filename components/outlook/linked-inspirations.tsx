import Link from "@/components/ui/link";
import { listLinkedInspirations } from "@/lib/queries/inspirations";
import { InspirationEntry } from "./inspiration-item";

/**
 * The outlook entries linked to a project or a zone, for their pages. A server component: it reads for itself.
 * Renders a section with an h2 "Udsyn" and h3 per entry.
 */
export function LinkedInspirations({ projectId, zoneId }: { projectId?: number; zoneId?: number }) {
  const items = listLinkedInspirations({ projectId, zoneId });
  const headingId = `linked-inspirations-${projectId ? `p${projectId}` : ""}${zoneId ? `z${zoneId}` : ""}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        Udsyn <span className="font-normal text-muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="text-muted">
          Ingen har endnu koblet inspiration udefra hertil.{" "}
          <Link href="/outlook" className="inline-flex min-h-11 items-center underline">
            Registrér udsyn
          </Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id}>
              <InspirationEntry item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
