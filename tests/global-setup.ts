import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildRunTemplates, type TemplateContext } from "./integration/database-templates";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: TemplateContext;
  }
}

/** Builds the template databases once per run (see tests/integration/database-templates.ts) and removes them afterwards. */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-templates-"));
  const demoNow = new Date();
  await buildRunTemplates(dir, demoNow);
  project.provide("databaseTemplates", { dir, demoNow: demoNow.toISOString() });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
