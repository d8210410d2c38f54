import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Skriv din e-mail").max(254),
  password: z.string().min(1, "Skriv din adgangskode").max(512),
});
