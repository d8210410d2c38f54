import type { Role } from "@/lib/codes";

/** The demo accounts (listed in the README); they exist only in demo seeding. */
export const demoAccounts: { password: string; accounts: { email: string; role: Role }[] } = {
  password: "Styrerum-demo-2026",
  accounts: [
    { email: "direktor@egeby.dk", role: "director" },
    { email: "afdelingschef@egeby.dk", role: "department_head" },
    { email: "medarbejder@egeby.dk", role: "staff" },
    { email: "admin@egeby.dk", role: "admin" },
  ],
};
