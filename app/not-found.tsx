import { DeadEnd } from "@/components/layout/dead-end";

export default function NotFound() {
  return (
    <main id="indhold" className="px-4 py-6">
      <DeadEnd status={404} />
    </main>
  );
}
