"use server";

import { serviceAction } from "@/lib/actions";
import { applyImport } from "@/lib/services/portfolio-import-apply";
import { updateImportSettings, uploadImportForm } from "@/lib/services/portfolio-import";
import { rollbackImportBatch } from "@/lib/services/portfolio-import-rollback";

export const uploadImportAction = serviceAction((user, formData) => uploadImportForm(user, formData), {
  success: "Filen er indlæst.",
  redirect: ({ result }) => `/admin/import?upload=${result.uploadId}&step=mapping`,
});

export const saveImportSettingsAction = serviceAction((user, formData, uploadId: number) => updateImportSettings(user, uploadId, formData), {
  success: "Valgene er gemt.",
  redirect: ({ args: [uploadId], formData }) => `/admin/import?upload=${uploadId}&step=${formData.get("next") === "mapping" ? "mapping" : "preview"}`,
});

export const applyImportAction = serviceAction((user, formData, uploadId: number) => applyImport(user, uploadId, new Date(), String(formData.get("fingerprint") ?? "")), {
  success: "Importen er gennemført.",
  revalidate: ["/portfolio", "/admin/import"],
  redirect: ({ result }) => `/admin/import?batch=${result.batchId}`,
});

export const rollbackImportAction = serviceAction((user, _formData, batchId: number) => rollbackImportBatch(user, batchId), {
  success: "Importen er rullet tilbage.",
  revalidate: ["/portfolio", "/admin/import"],
  redirect: ({ args: [batchId] }) => `/admin/import?batch=${batchId}`,
});
