import { z } from "zod";
import { cleanFileName } from "@/lib/domain/file-types";
import { hasNoMarkup, version } from "./common";

/** A paper's, an agenda item's or a project's row id as a bound argument or a route segment. */
export const attachmentIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** The uploaded file's name, cleaned of folders and control characters. */
export const paperFileName = z
  .string()
  .transform(cleanFileName)
  .pipe(
    z
      .string()
      .min(1, "Filen skal have et navn")
      .refine(hasNoMarkup, "Filnavnet må ikke indeholde < eller >"),
  );

/** Replacing a paper names the version the form showed, so a paper replaced meanwhile is not replaced twice. */
export const paperUploadSchema = z.object({ version });
