import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Client components (files marked "use client") and everything they import end up in the
 * browser. Nothing on that path may reach the database layer (the schema's table
 * definitions, drizzle-orm, the SQLite driver) or other server-only code (Node built-ins,
 * "server-only" modules, password hashing). Type-only imports are erased and do not count;
 * a "use server" module is sent as a reference, so its imports stay on the server.
 */

const root = path.resolve(import.meta.dirname, "../..");
const sourceFolders = ["app", "components", "lib"];
const extensions = [".ts", ".tsx", ".js", ".jsx", ".mjs"];
const forbiddenPackages = ["drizzle-orm", "better-sqlite3", "@node-rs/argon2", "server-only"];
const forbiddenFolders = [path.join(root, "db") + path.sep];

function listSourceFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return listSourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();

function parse(file: string): ts.SourceFile {
  const known = parsed.get(file);
  if (known) return known;
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, kind);
  parsed.set(file, source);
  return source;
}

function directive(source: ts.SourceFile): string | null {
  const first = source.statements[0];
  if (first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression)) return first.expression.text;
  return null;
}

/** Module specifiers that survive compilation: value imports, value re-exports and dynamic imports. */
function runtimeImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypeNames =
        clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
      if (onlyTypeNames) continue;
      specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.isTypeOnly) continue;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly)) continue;
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function resolveLocal(specifier: string, fromFile: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  const candidates = [base, ...extensions.map((ext) => base + ext), ...extensions.map((ext) => path.join(base, "index" + ext))];
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  if (!found) throw new Error(`Cannot resolve "${specifier}" from ${path.relative(root, fromFile)}`);
  return found;
}

function isForbiddenPackage(specifier: string): boolean {
  if (specifier.startsWith("node:")) return true;
  return forbiddenPackages.some((name) => specifier === name || specifier.startsWith(name + "/"));
}

/** Walks the runtime import graph from one client file; returns the first chain that reaches the server side. */
function findServerChain(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const here = [...chain, path.relative(root, file)];
    if (forbiddenFolders.some((folder) => file.startsWith(folder))) return here;
    const source = parse(file);
    if (chain.length > 0 && directive(source) === "use server") return null;
    for (const specifier of runtimeImports(source)) {
      if (isForbiddenPackage(specifier)) return [...here, specifier];
      const resolved = resolveLocal(specifier, file);
      if (!resolved) continue;
      const found = walk(resolved, here);
      if (found) return found;
    }
    return null;
  };
  return walk(entry, []);
}

/** Walks every runtime import from a route's file, server and client alike (not into "use server" modules, which
 * the browser only calls); returns the first chain that imports `specifier`. */
function findPackageChain(entry: string, specifier: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file) || forbiddenFolders.some((folder) => file.startsWith(folder))) return null;
    seen.add(file);
    const here = [...chain, path.relative(root, file)];
    const source = parse(file);
    if (chain.length > 0 && directive(source) === "use server") return null;
    for (const imported of runtimeImports(source)) {
      if (imported === specifier) return [...here, imported];
      const resolved = resolveLocal(imported, file);
      const found = resolved && walk(resolved, here);
      if (found) return found;
    }
    return null;
  };
  return walk(entry, []);
}

const clientFiles = sourceFolders.flatMap((folder) => listSourceFiles(path.join(root, folder))).filter((file) => directive(parse(file)) === "use client");

describe("client import graph", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it.each(clientFiles.map((file) => path.relative(root, file)))("%s reaches neither db/, drizzle-orm nor other server-only code", (file) => {
    expect(findServerChain(path.join(root, file))).toBeNull();
  });

  it("notices a client file that reaches the schema through a value import", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-client-graph-"));
    try {
      const helper = path.join(dir, "helper.ts");
      const client = path.join(dir, "client.tsx");
      fs.writeFileSync(helper, 'import { phases } from "@/db/schema";\nexport const first = phases[0];\n');
      fs.writeFileSync(client, '"use client";\nimport type { Phase } from "@/db/schema";\nimport { first } from "./helper";\nexport const x: Phase = first;\n');
      expect(findServerChain(client)).toEqual([
        path.relative(root, client),
        path.relative(root, helper),
        "db/schema.ts",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("notices a client file that reaches a Node built-in", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-client-graph-"));
    try {
      const client = path.join(dir, "client.tsx");
      fs.writeFileSync(client, '"use client";\nexport { learningFilterSchema } from "@/lib/validation/learnings";\n');
      expect(findServerChain(client)).toEqual([path.relative(root, client), "lib/validation/learnings.ts", "node:crypto"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ignores type-only imports of the schema", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "styrerum-client-graph-"));
    try {
      const client = path.join(dir, "client.tsx");
      fs.writeFileSync(client, '"use client";\nimport type { meetings } from "@/db/schema";\nimport { type Phase } from "@/lib/codes";\nexport type Row = typeof meetings.$inferSelect & { phase: Phase };\n');
      expect(findServerChain(client)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Any next/link on a route, in a server component too, puts Link's code in the route's first-load JavaScript.
  it.each(["app/(present)/layout.tsx", "app/(present)/meetings/[id]/present/page.tsx"])(
    "meeting mode (%s) links with plain anchors: no Link code to load on the tablet, and no prefetching in a meeting",
    (file) => {
      expect(findPackageChain(path.join(root, file), "next/link")).toBeNull();
    },
  );

  it("notices a route that reaches next/link through a component", () => {
    expect(findPackageChain(path.join(root, "app/(portal)/layout.tsx"), "next/link")).not.toBeNull();
  });
});
