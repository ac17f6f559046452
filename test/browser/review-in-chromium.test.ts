import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haveChromium, launchChromium, SCREENSHOTS } from "./chromium";
import { buildPageAssets, LENT_BY_OBSIDIAN, ORIGIN, readFolder, requiredIds, servePage } from "./page-assets";

/**
 * The review of the vault's own questions in the shipped main.js, in Chromium: three cards
 * graded with the keyboard, then the plugin unloaded and loaded again, and the dashboard's due
 * count still reflecting those grades (the schedule lives in the plugin's data, not the notes).
 * Leaves the README's screenshots of the review view.
 */

describe.skipIf(!haveChromium)("reviewing questions with the shipped main.js, in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const files = readFolder("example-vault");
  const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000, interval: 50 });
  const dueToday = () => page.locator(".ldn-review-stat.is-due .ldn-review-stat-value").textContent();

  beforeAll(async () => {
    const mainJs = readFileSync("main.js", "utf8");
    const required = requiredIds(mainJs);
    const assets = await buildPageAssets(required.filter((id) => LENT_BY_OBSIDIAN.test(id)));
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1000, height: 760 }, locale: "en-US" })).newPage();
    await servePage(page, assets);
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => window.FakeObsidian !== undefined && window.ldnHost !== undefined);
    const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Record<string, unknown>;
    await page.evaluate(({ files, mainJs, manifest }) => window.ldnHost.boot(files, mainJs, manifest as never), { files, mainJs, manifest });
    await page.evaluate(async () => {
      await window.ldnHost.plugin.load();
      window.ldnHost.app.workspace.finishLayout();
      await window.ldnHost.plugin.live.settled();
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("starts with every answered question due", async () => {
    await page.evaluate(() => window.ldnHost.app.runCommand("linked-devops-notes:open-dashboard"));
    await poll(dueToday).toBe("17");
  });

  it("reviews three cards with the keyboard: Space shows the answer, 4 grades it Easy", async () => {
    await page.evaluate(() => window.ldnHost.app.runCommand("linked-devops-notes:review-questions"));
    await poll(() => page.locator(".ldn-review-progress").textContent()).toBe("1 of 17 · 17 due today");
    const seen: string[] = [];
    for (let card = 0; card < 3; card++) {
      seen.push((await page.locator(".ldn-review-card").getAttribute("data-card")) ?? "");
      expect(await page.locator(".ldn-review-grade").count()).toBe(0); // the question first
      await page.keyboard.press("Space");
      await poll(() => page.locator(".ldn-review-grade").count()).toBe(4);
      expect(await page.locator(".ldn-review-answer").textContent()).not.toBe("");
      if (card === 0) {
        for (const theme of ["light", "dark"] as const) {
          await page.evaluate((theme) => window.ldnHost.setTheme(theme), theme);
          await page.locator(".ldn-review").first().screenshot({ path: `${SCREENSHOTS}/review-${theme}.png` });
        }
        await page.evaluate(() => window.ldnHost.setTheme("light"));
      }
      await page.keyboard.press("4");
      await poll(() => page.locator(".ldn-review-card").getAttribute("data-card").catch(() => null)).not.toBe(seen[card]);
    }
    expect(new Set(seen).size).toBe(3);
    await poll(() => page.locator(".ldn-review-progress").textContent()).toBe("4 of 17 · 14 due today");
  });

  it("keeps the grades in the plugin's data: unloaded and loaded again, 14 cards are due", async () => {
    const notesBefore = await page.evaluate(() => window.ldnHost.app.vault.getMarkdownFiles().map((f) => f.path).sort());
    await page.evaluate(async () => {
      window.ldnHost.plugin.unload();
      await window.ldnHost.plugin.load();
      await window.ldnHost.plugin.live.settled();
      await window.ldnHost.app.runCommand("linked-devops-notes:open-dashboard");
    });
    await poll(dueToday).toBe("14");
    expect(await page.locator(".ldn-review-stat.is-reviewed .ldn-review-stat-value").textContent()).toBe("3");
    // The notes themselves are byte for byte what the vault started with.
    const after = await page.evaluate(async (paths) => {
      const vault = window.ldnHost.app.vault;
      return Promise.all(paths.map((path) => vault.read(vault.getAbstractFileByPath(path) as never)));
    }, notesBefore);
    expect(after).toEqual(notesBefore.map((path) => files[path]));
  });
});
