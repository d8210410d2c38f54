import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import { newDataDir } from "./own-server";

// A server that cannot take its port says so and exits 1, with one process or with workers, instead of running on
// without serving anyone.

const port = Number(process.env.E2E_PORT ?? 3100) + 42;

for (const workers of ["1", "2"]) {
  test(`a server whose port is taken exits 1 and says why (STYRERUM_WORKERS=${workers})`, async () => {
    test.setTimeout(60_000);
    const squatter: Server = createServer((_request, response) => response.end("optaget"));
    await new Promise<void>((resolve) => squatter.listen(port, resolve));
    const dataDir = newDataDir();
    try {
      let output = "";
      const server = spawn(process.execPath, ["scripts/serve.mjs"], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATA_DIR: dataDir,
          PORT: String(port),
          STYRERUM_WORKERS: workers,
          STYRERUM_JOBS: "0",
          AUTH_SECRET: "e2e-only-secret-that-is-long-enough-0123456789",
        },
      });
      server.stdout.on("data", (chunk) => (output += chunk));
      server.stderr.on("data", (chunk) => (output += chunk));
      const code = await new Promise<number | null>((resolve) => server.once("exit", resolve));
      expect(code, output).toBe(1);
      expect(output).toContain(`Styrerum kan ikke lytte på port ${port}: porten er optaget`);
      expect(fs.existsSync(`${dataDir}/server.pid`)).toBe(false);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
