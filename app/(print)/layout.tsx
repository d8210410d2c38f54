import { requireUser } from "@/lib/auth/current-user";

/** Printable documents: no navigation, A4 margins. */
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return (
    <main id="indhold" className="mx-auto max-w-[210mm] bg-white px-6 py-8 print:max-w-none print:p-0">
      {children}
    </main>
  );
}
