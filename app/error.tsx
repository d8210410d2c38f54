"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="mb-3 text-3xl font-bold">Der opstod en fejl</h1>
      <p className="mb-4">Noget gik galt, og siden kunne ikke vises. Prøv igen om lidt. Fortsætter fejlen, så kontakt IT.</p>
      {error.digest && (
        <p className="mb-6">
          Oplys fejlreference <strong className="font-mono">{error.digest}</strong> til IT, så kan de finde fejlen i loggen.
        </p>
      )}
      <button type="button" onClick={reset} className="btn">
        Prøv igen
      </button>
    </main>
  );
}
