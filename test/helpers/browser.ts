/**
 * The browser the docs tests drive with playwright-core: chosen by `chooseBrowser`
 * (CARREL_BROWSER, Debian's chromium, Google Chrome or Chromium on PATH), never
 * downloaded. A missing browser fails the tests with what to install; it never skips them.
 */
import { spawnSync } from "node:child_process";
import { chromium, type BrowserContext } from "playwright-core";
import { chooseBrowser, type FoundBrowser } from "../../scripts/lib/browser.ts";

/** The browser to use; throws, with what to do, when there is none. */
export function testBrowser(): FoundBrowser {
  const choice = chooseBrowser();
  if ("problem" in choice) {
    const passed = choice.passedOver.length
      ? ` (passed over: ${choice.passedOver.join(", ")})`
      : "";
    throw new Error(`${choice.problem}${passed}`);
  }
  return choice.found;
}

/** The browser's own version line, e.g. `Google Chrome 143.0.7499.109`. */
function versionOf(path: string): string {
  const run = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return run.status === 0 ? run.stdout.trim() : "version unknown";
}

/**
 * Starts the browser headless with a profile in `profileDir`, after one log line saying
 * which browser it is and how it was found.
 */
export async function launchTestBrowser(
  profileDir: string,
  viewport: { width: number; height: number },
): Promise<BrowserContext> {
  const browser = testBrowser();
  console.log(`Browser: ${versionOf(browser.path)} at ${browser.path} (${browser.how})`);
  return chromium.launchPersistentContext(profileDir, {
    executablePath: browser.path,
    headless: true,
    viewport,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
