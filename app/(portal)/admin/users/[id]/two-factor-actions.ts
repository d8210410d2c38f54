"use server";

import { serviceAction } from "@/lib/actions";
import { resetUserTwoFactor } from "@/lib/services/two-factor";

export const resetTwoFactorAction = serviceAction((user, _formData, id: number) => resetUserTwoFactor(user, id), {
  success: ({ result }) =>
    result.hadTwoFactor ? "Totrinsbekræftelse er nulstillet. Brugeren skal oprette den igen." : "Brugeren havde ikke totrinsbekræftelse; intet at nulstille.",
  revalidate: ({ args: [id] }) => [`/admin/users/${id}`],
});
