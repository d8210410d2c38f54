// A plain link, not next/link: this boundary is part of every route's first load, and a
// full page load to the front page is all a dead end needs (next/link would add its client
// code to every route).
export default function NotFound() {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="mb-3 text-3xl font-bold">Siden findes ikke</h1>
      <p className="mb-6">Siden er flyttet, slettet eller har aldrig eksisteret. Tjek adressen, eller gå til forsiden.</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the note above */}
      <a href="/" className="btn">
        Til Mit overblik
      </a>
    </main>
  );
}
