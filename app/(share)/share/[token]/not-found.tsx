import type { Metadata } from "next";

export const metadata: Metadata = { title: "Linket virker ikke", robots: { index: false, follow: false } };

/** No links: a dead share link must not lead anywhere in the portal either. */
export default function ShareLinkNotFound() {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="mb-3 text-3xl font-bold">Linket virker ikke</h1>
      <p>Delingslinket findes ikke eller er trukket tilbage. Kontakt den kommune, der har delt det med dig.</p>
    </main>
  );
}
