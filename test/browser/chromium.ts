import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, as every browser test launches it: playwright-core never downloads a
 * browser, and without the background-networking flags Chromium keeps dialling out of a
 * machine that has no network.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"];
export const SCREENSHOTS = "docs/screenshots";
export const haveChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}
