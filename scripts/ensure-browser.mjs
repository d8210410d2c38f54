// Finds Chromium for Playwright: CHROMIUM_PATH, else /usr/bin/chromium; as root, installs Debian's
// chromium with apt-get when neither exists. It never downloads a browser build of its own.
import { execSync } from "node:child_process";
import fs from "node:fs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].filter(Boolean);
  return candidates.find((candidate) => fs.existsSync(candidate));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    console.error("Ingen Chromium fundet: installér Debians pakke (sudo apt-get install chromium) eller sæt CHROMIUM_PATH.");
    process.exit(1);
  }
  console.log("Installerer Debians chromium med apt-get …");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  const installed = findChromium();
  if (!installed) {
    console.error("Chromium kunne ikke installeres.");
    process.exit(1);
  }
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
