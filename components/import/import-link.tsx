import Link from "@/components/ui/link";
import { canImportPortfolio } from "@/lib/permissions";

/** "Importér fra Excel" for those who may import the portfolio (directors and administrators). */
export function ImportLink({ user }: { user: { role: Parameters<typeof canImportPortfolio>[0]["role"] } }) {
  if (!canImportPortfolio(user)) return null;
  return (
    <Link href="/admin/import" className="btn btn-secondary">
      Importér fra Excel
    </Link>
  );
}
