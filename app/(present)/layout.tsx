import { requireUser } from "@/lib/auth/current-user";

/** Full-screen meeting mode for tablets: no portal navigation, the page owns the whole screen. */
export default async function PresentLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="min-h-dvh bg-[#f5f7f8]">{children}</div>;
}
