const deadEnds = {
  403: {
    title: "Ingen adgang",
    text: "Du har ikke rettighed til at se denne side. Kontakt en administrator, hvis du mener, det er en fejl.",
  },
  404: {
    title: "Siden findes ikke",
    text: "Siden er flyttet, slettet eller har aldrig eksisteret. Tjek adressen, eller gå til forsiden.",
  },
} as const;

/**
 * What a 403 or 404 page says. The root's pages put it in a <main>; inside the portal and the print layout it sits in
 * theirs.
 * A plain link, not next/link: these boundaries are part of every route's first load, and a full page load to the
 * front page is all a dead end needs (next/link would add its client code to every route).
 */
export function DeadEnd({ status }: { status: keyof typeof deadEnds }) {
  const { title, text } = deadEnds[status];
  return (
    <div className="mx-auto max-w-xl py-10">
      <p className="font-mono text-sm text-muted">{status}</p>
      <h1 className="mb-3 text-3xl font-bold">{title}</h1>
      <p className="mb-6">{text}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the note above */}
      <a href="/" className="btn">
        Til Mit overblik
      </a>
    </div>
  );
}
