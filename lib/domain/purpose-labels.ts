import type { PurposeType } from "@/lib/codes";

/** A project's purpose in Danish; a module of its own so client forms that need only this do not carry every label map. */
export const purposeLabels = {
  efficiency: "Effektivisering",
  new_service: "Ny service",
  quality: "Kvalitet",
  communication: "Kommunikation",
  compliance: "Lovkrav",
} as const satisfies Record<PurposeType, string>;
