import Link from "next/link";

export default function NotFound() {
  return (
    <main id="indhold" className="mx-auto max-w-xl px-4 py-16">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="mb-3 text-3xl font-bold">Siden findes ikke</h1>
      <p className="mb-6">Siden er flyttet, slettet eller har aldrig eksisteret. Tjek adressen, eller gå til forsiden.</p>
      <Link href="/" className="btn">
        Til Mit overblik
      </Link>
    </main>
  );
}
