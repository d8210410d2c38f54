import Link from "@/components/ui/link";
import { ClearDeviceOnSignOut } from "@/components/offline/clear-device-on-sign-out";

/** A disclosure built on <details>: keyboard- and touch-friendly without client JavaScript. */
export function UserMenu({ name, roleLabel, logout }: { name: string; roleLabel: string; logout: () => Promise<void> }) {
  return (
    <details className="group relative">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 hover:bg-brand-700">
        <span>
          <span className="block font-semibold leading-tight">{name}</span>
          <span className="block text-sm text-brand-100">{roleLabel}</span>
        </span>
        <span aria-hidden="true" className="ml-auto">
          ▾
        </span>
        <span className="sr-only">Brugermenu</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-48 rounded-md border border-gray-200 bg-white p-2 text-ink shadow-lg xl:bottom-full xl:left-0 xl:right-auto xl:mb-1">
        <Link href="/account" className="flex min-h-11 w-full items-center rounded px-3 font-medium hover:bg-brand-50">
          Min konto
        </Link>
        <form action={logout}>
          <ClearDeviceOnSignOut />
          <button type="submit" className="flex min-h-11 w-full items-center rounded px-3 text-left font-medium hover:bg-brand-50">
            Log ud
          </button>
        </form>
      </div>
    </details>
  );
}
