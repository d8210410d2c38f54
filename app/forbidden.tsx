// A plain link, not next/link: this boundary is part of every route's first load, and a
// full page load to the front page is all a dead end needs (next/link would add its client
// code to every route).
export default function Forbidden() {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <p className="font-mono text-sm text-muted">403</p>
      <h1 className="mb-3 text-3xl font-bold">Ingen adgang</h1>
      <p className="mb-6">Du har ikke rettighed til at se denne side. Kontakt en administrator, hvis du mener, det er en fejl.</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the note above */}
      <a href="/" className="btn">
        Til Mit overblik
      </a>
    </main>
  );
}
