"use client";

import { useOnline } from "./use-online";

/** Disables what needs the server (e.g. Fortryd) while there is no connection, and says so. */
export function RequiresNetwork({ children }: { children: React.ReactNode }) {
  const online = useOnline();
  if (online) return children;
  return (
    <div>
      <p className="mb-2 font-semibold">Kræver net — kan bruges, når forbindelsen er tilbage.</p>
      <fieldset disabled className="opacity-60">
        {children}
      </fieldset>
    </div>
  );
}
