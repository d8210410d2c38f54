"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-3 text-3xl font-bold">Der opstod en fejl</h1>
      <p className="mb-6">Noget gik galt, og siden kunne ikke vises. Prøv igen om lidt. Fortsætter fejlen, så kontakt IT.</p>
      <button type="button" onClick={reset} className="btn">
        Prøv igen
      </button>
    </main>
  );
}
