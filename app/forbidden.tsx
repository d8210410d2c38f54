import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <p className="font-mono text-sm text-muted">403</p>
      <h1 className="mb-3 text-3xl font-bold">Ingen adgang</h1>
      <p className="mb-6">Du har ikke rettighed til at se denne side. Kontakt en administrator, hvis du mener, det er en fejl.</p>
      <Link href="/" className="btn">
        Til Mit overblik
      </Link>
    </main>
  );
}
