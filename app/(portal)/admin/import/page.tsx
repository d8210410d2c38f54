import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { formatCount } from "@/lib/format";
import { AdminNav } from "@/components/admin/admin-nav";
import { BatchList } from "@/components/import/batch-list";
import { MappingForm } from "@/components/import/mapping-form";
import { PreviewCounts, PreviewTable } from "@/components/import/preview-table";
import { UploadForm } from "@/components/import/upload-form";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requireCapability } from "@/lib/auth/current-user";
import { fieldsOf, importFieldLabels } from "@/lib/domain/import-mapping";
import { planFingerprint } from "@/lib/import/plan";
import { canCreateDepartmentsOnImport, isAdministrator } from "@/lib/permissions";
import { getImportBatch, listImportBatches, listImportMappings } from "@/lib/queries/portfolio-import";
import { listDepartmentOptions, listPeopleOptions } from "@/lib/queries/import-options";
import { ServiceError } from "@/lib/services/errors";
import { previewImport } from "@/lib/services/portfolio-import";
import type { SessionUser } from "@/lib/services/auth";
import { applyImportAction, rollbackImportAction, saveImportSettingsAction, uploadImportAction } from "./actions";

export const metadata: Metadata = { title: "Import af projekter og gevinster" };

type Search = Promise<Record<string, string | string[] | undefined>>;

const idOf = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,12}$/.test(value) ? Number(value) : null);

export default async function ImportPage({ searchParams }: { searchParams: Search }) {
  const user = await requireCapability("portfolio.import", "/admin/import");
  const params = await searchParams;
  const uploadId = idOf(params.upload);
  const batchId = idOf(params.batch);
  return (
    <>
      {isAdministrator(user) && <AdminNav current="/admin/import" />}
      <nav aria-label="Trin" className="mb-3 text-sm">
        <Link href="/admin/import" className="inline-flex min-h-11 items-center underline">
          Import: start forfra
        </Link>
      </nav>
      {uploadId !== null ? (
        <UploadStep user={user} uploadId={uploadId} step={params.step === "preview" ? "preview" : "mapping"} />
      ) : batchId !== null ? (
        <BatchResult batchId={batchId} />
      ) : (
        <StartStep />
      )}
    </>
  );
}

function StartStep() {
  const batches = listImportBatches(getDb());
  return (
    <>
      <PageHeader
        title="Importér projekter og gevinster"
        description="Indlæs kommunens porteføljeark (Excel eller CSV). Du vælger kolonner og ser en forhåndsvisning af hver række, før noget gemmes; alt gemmes på én gang og kan rulles tilbage i 7 dage."
      />
      <UploadForm action={uploadImportAction} />
      <section className="mt-8 space-y-3" aria-labelledby="recent-imports">
        <h2 id="recent-imports" className="text-xl font-semibold">
          Seneste importer
        </h2>
        <BatchList batches={batches} now={new Date()} rollback={(id) => rollbackImportAction.bind(null, id)} />
      </section>
    </>
  );
}

async function UploadStep({ user, uploadId, step }: { user: SessionUser; uploadId: number; step: "mapping" | "preview" }) {
  let loaded: Awaited<ReturnType<typeof previewImport>>;
  try {
    loaded = await previewImport(user, uploadId);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    return (
      <>
        <PageHeader title="Importér projekter og gevinster" />
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {error.message}
        </p>
      </>
    );
  }
  const { upload, plan } = loaded;
  if (step === "mapping") {
    const sections = (["projects", "benefits"] as const).flatMap((kind) => {
      const table = upload.tables[kind];
      if (!table) return [];
      const mapping = kind === "projects" ? upload.settings.projectMapping : upload.settings.benefitMapping;
      return [
        {
          kind,
          title: kind === "projects" ? `Kolonner for projekter (arket "${table.name}")` : `Kolonner for gevinster (arket "${table.name}")`,
          headers: table.headers,
          fields: fieldsOf(kind).map((field) => ({ field, label: importFieldLabels[field], header: mapping[field] ?? "" })),
        },
      ];
    });
    return (
      <>
        <PageHeader title="Vælg kolonner og værdier" description={`Fil: ${upload.fileName}. Trin 2 af 3: Styrerum har foreslået, hvilken kolonne der udfylder hvert felt. Ret forslaget, hvis det er forkert.`} />
        <MappingForm
          action={saveImportSettingsAction.bind(null, upload.id)}
          sheets={upload.sheets.map((sheet) => sheet.name)}
          projectSheet={upload.settings.projectSheet ?? ""}
          benefitSheet={upload.settings.benefitSheet ?? ""}
          sections={sections}
          unmatched={plan.unmatched.map((value) => ({ ...value, chosen: upload.settings.values[value.key] ?? "" }))}
          departments={listDepartmentOptions(getDb())}
          people={listPeopleOptions(getDb())}
          canCreateDepartments={canCreateDepartmentsOnImport(user)}
          savedMappings={listImportMappings(getDb()).map((mapping) => ({ value: String(mapping.id), label: mapping.name }))}
        />
      </>
    );
  }
  const writes = plan.counts.new + plan.counts.changed;
  return (
    <>
      <PageHeader title="Forhåndsvisning" description={`Fil: ${upload.fileName}. Trin 3 af 3: intet er gemt endnu. Rækker med fejl eller sprunget over importeres ikke.`} />
      <div className="space-y-6">
        <PreviewCounts counts={plan.counts} />
        <div className="flex flex-wrap gap-3">
          <Link href={`/admin/import?upload=${upload.id}&step=mapping`} className="btn btn-secondary">
            Tilbage til kolonner
          </Link>
          {plan.counts.error > 0 && (
            <a href={`/admin/import/errors?upload=${upload.id}`} className="btn btn-secondary" download>
              Hent fejlrapport (CSV)
            </a>
          )}
          {writes > 0 && (
            <ActionButton
              action={applyImportAction.bind(null, upload.id)}
              hidden={{ fingerprint: planFingerprint(plan) }}
              label={`Importér ${writes} ${writes === 1 ? "række" : "rækker"}`}
              className="btn"
              pendingLabel="Importerer …"
            />
          )}
        </div>
        <PreviewTable title="Projekter" rows={plan.projectRows} />
        <PreviewTable title="Gevinster" rows={plan.benefitRows} />
      </div>
    </>
  );
}

function BatchResult({ batchId }: { batchId: number }) {
  const batch = getImportBatch(getDb(), batchId);
  if (!batch) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
        Importen findes ikke.
      </p>
    );
  }
  const counts = batch.counts;
  return (
    <>
      <PageHeader title={`Import nr. ${batch.id}`} description={`${batch.fileName}, importeret af ${batch.importedBy}.`} />
      <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
        {batch.rolledBackAt
          ? "Importen er rullet tilbage."
          : `Importen er gennemført: ${formatCount(counts.new ?? 0, "ny række", "nye rækker")}, ${formatCount(counts.changed ?? 0, "ændret række", "ændrede rækker")}, ${formatCount(counts.statusReports ?? 0, "statusrapport", "statusrapporter")} og ${formatCount(counts.changeRequests ?? 0, "ændringsanmodning", "ændringsanmodninger")} til direktionen.`}
      </p>
      <BatchList batches={[batch]} now={new Date()} rollback={(id) => rollbackImportAction.bind(null, id)} />
      <p className="mt-4">
        <Link href="/portfolio" className="inline-flex min-h-11 items-center underline">
          Se porteføljen
        </Link>
      </p>
    </>
  );
}
