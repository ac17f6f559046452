import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginManifest } from "../fakes/obsidian";
import { LINKS_VAULT_MISSING } from "../vaults/links.cases";
import { haveChromium, launchChromium } from "./chromium";
import { buildPageAssets, collectPageErrors, LENT_BY_OBSIDIAN, ORIGIN, readFolder, requiredIds, servePage } from "./page-assets";

/**
 * The shipped main.js on the links test vault, in Chromium, over a page whose metadataCache
 * answers as Obsidian does: the plugin reports exactly the missing links the table says (the
 * ones the CLI reports), and keeps its index in Chromium's own IndexedDB, out of the plugin's
 * folder, from which a restart puts it back without reading a note.
 */

const STORE = "linked-devops-notes/index/fake-memory-vault";
const LEGACY = ".obsidian/plugins/linked-devops-notes/index-cache.json";

describe.skipIf(!haveChromium)("links and the index store with the shipped main.js, in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const files = readFolder("test/vaults/links");
  const notes = Object.keys(files).filter((path) => path.endsWith(".md")).length;

  /** Unloads the plugin and loads it again on the same app, as Obsidian does on a restart of the plugin. */
  const reload = (): Promise<void> =>
    page.evaluate(async () => {
      const { plugin } = window.ldnHost;
      plugin.unload();
      await plugin.live.settled(); // the index store's last write
      await plugin.load();
      await plugin.live.settled();
    });

  const missing = (): Promise<string[]> =>
    page.evaluate(() => window.ldnHost.plugin.live.index.unresolvedLinks().flatMap((u) => u.locations.map((at) => `${at.path}:${at.line} ${u.target}`)).sort());

  beforeAll(async () => {
    const mainJs = readFileSync("main.js", "utf8");
    const assets = await buildPageAssets(requiredIds(mainJs).filter((id) => LENT_BY_OBSIDIAN.test(id)));
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "en-US" })).newPage();
    collectPageErrors(page, pageErrors);
    await servePage(page, assets);
    await page.goto(`${ORIGIN}/index.html`);
    const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;
    await page.evaluate(({ files, mainJs, manifest }) => window.ldnHost.boot(files, mainJs, manifest), { files, mainJs, manifest });
    await page.evaluate(async () => {
      await window.ldnHost.plugin.load();
      window.ldnHost.app.workspace.finishLayout();
      await window.ldnHost.plugin.live.settled();
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("reports exactly the missing links of the table, with their notes and lines", async () => {
    expect(await page.evaluate(() => window.ldnHost.plugin.live.index.size)).toBe(notes);
    expect(await missing()).toEqual(LINKS_VAULT_MISSING.map((m) => `${m.from}:${m.line} ${m.target}`).sort());
  });

  it("keeps the index in IndexedDB, one database for the vault, and writes nothing into the plugin's folder", async () => {
    await page.evaluate(() => window.ldnHost.plugin.live.saveStoreNow());
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(databases).toEqual([STORE]);
    const stored = await page.evaluate(() => window.ldnHost.plugin.live.storeInfo()?.size());
    expect(stored?.notes).toBe(notes);
    expect(stored?.bytes).toBeGreaterThan(1000);
    expect(await page.evaluate(() => window.ldnHost.app.vault.storage.list().filter((path) => path.startsWith(".obsidian/")))).toEqual([]);
  });

  it("puts the index back from IndexedDB on a restart, reading no note, with the same missing links", async () => {
    const before = await missing();
    await reload();
    expect(await page.evaluate(() => window.ldnHost.plugin.live.lastBuild)).toEqual({ restored: notes, read: 0 });
    expect(await missing()).toEqual(before);
  });

  it("moves the old index-cache.json out of the plugin's folder", async () => {
    await page.evaluate((path) => window.ldnHost.app.vault.adapter.write(path, JSON.stringify({ format: 0, key: "an older version", notes: {} })), LEGACY);
    await reload();
    expect(await page.evaluate((path) => window.ldnHost.app.vault.adapter.exists(path), LEGACY)).toBe(false);
    expect(await page.evaluate(() => window.ldnHost.plugin.live.lastBuild)).toEqual({ restored: notes, read: 0 });
  });

  it("logged no error", () => {
    expect(pageErrors).toEqual([]);
  });
});
