// Finds Chromium for Playwright: CHROMIUM_PATH, else Debian's headless shell, else Debian's full chromium. As root,
// it installs Debian's chromium-headless-shell package with apt-get when the shell is missing. It never downloads a
// browser build of its own.
//
// The headless shell is the same Chromium (same Debian source package and version) without the desktop browser
// around it; it is what Playwright runs for headless tests by default, and runs this suite in about half the time.
// CommonJS, so that playwright.config.ts can require it as well as scripts/test.mjs import it.
const { execSync } = require("node:child_process");
const fs = require("node:fs");

const headlessShell = "/usr/bin/chromium-headless-shell";
const fullChromium = "/usr/bin/chromium";

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, headlessShell, fullChromium].filter(Boolean);
  return candidates.find((candidate) => fs.existsSync(candidate));
}

// A download from the package mirror can stall without an error: each request has a timeout, each attempt a bound
// on the whole, and a failed or stalled attempt is tried again.
const aptGet =
  "timeout --kill-after=30 600 apt-get -o Acquire::http::Timeout=60 -o Acquire::https::Timeout=60 -o Acquire::Retries=3 -o DPkg::Lock::Timeout=120";

function installHeadlessShell() {
  for (let attempt = 1; attempt <= 3 && !fs.existsSync(headlessShell); attempt++) {
    console.log(`Installerer Debians chromium-headless-shell med apt-get (forsøg ${attempt} af 3) …`);
    try {
      execSync(`${aptGet} update -qq && DEBIAN_FRONTEND=noninteractive ${aptGet} install -y -qq chromium-headless-shell`, {
        stdio: "inherit",
      });
    } catch {
      console.error("chromium-headless-shell kunne ikke installeres.");
    }
  }
}

function ensureChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen && fs.existsSync(chosen)) return chosen;
  if (fs.existsSync(headlessShell)) return headlessShell;
  if (process.getuid?.() === 0) installHeadlessShell();
  const found = findChromium();
  if (found) return found;
  console.error(
    "Ingen Chromium fundet: installér Debians pakke (sudo apt-get install chromium-headless-shell) eller sæt CHROMIUM_PATH.",
  );
  process.exit(1);
}

module.exports = { findChromium, ensureChromium };

if (require.main === module) console.log(ensureChromium());
