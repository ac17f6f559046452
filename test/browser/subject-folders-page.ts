import { build } from "esbuild";
import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { PluginManifest } from "../fakes/obsidian";
import { writeStudyVault, type StudyVaultOptions } from "../vaults/subject-folders-vault";
import { launchChromium, SCREENSHOTS } from "./chromium";
import { buildPageAssets, collectPageErrors, LENT_BY_OBSIDIAN, ORIGIN, readFolder, requiredIds, servePage } from "./page-assets";

/**
 * A page of the browser test with the shipped main.js loaded over the generated study vault
 * (written to `test-output/` and read back from disk), indexed, with the editor host of
 * `editor-page/` added so a note can be opened in CodeMirror.
 */

export const DESKTOP = { width: 1200, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface StudyPage {
  browser: Browser;
  page: Page;
  files: Record<string, string>;
  errors: string[];
}

/** How the editor host draws a note (test only), as `editor-in-chromium.test.ts` does. */
const EDITOR_LOOK = `
.workspace > .ldn-test-editor { display: flex; flex: 1 1 0; flex-direction: column; min-width: 0; }
.ldn-test-editor .view-content { display: flex; padding: 0; overflow: hidden; }
.ldn-test-editor .cm-editor { flex: 1 1 auto; height: 100%; background: var(--background-primary); color: var(--text-normal); font-size: 16px; }
`;

export async function openStudyPage(name: string, options: StudyVaultOptions = {}, browser?: Browser): Promise<StudyPage> {
  const mainJs = readFileSync("main.js", "utf8");
  const dir = `test-output/${name}`;
  writeStudyVault(dir, options);
  const files = readFolder(dir);
  const [assets, editorHost] = await Promise.all([
    buildPageAssets(requiredIds(mainJs).filter((id) => LENT_BY_OBSIDIAN.test(id))),
    build({ entryPoints: ["test/browser/editor-page/editor-host.ts"], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" }),
  ]);
  const chromium = browser ?? (await launchChromium());
  const page = await (await chromium.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: "en-US" })).newPage();
  const errors: string[] = [];
  collectPageErrors(page, errors);
  await servePage(page, assets);
  await page.goto(`${ORIGIN}/index.html`);
  await page.addScriptTag({ content: editorHost.outputFiles[0]?.text ?? "" });
  await page.addStyleTag({ content: EDITOR_LOOK });
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;
  await page.evaluate(({ files, mainJs, manifest }) => window.ldnHost.boot(files, mainJs, manifest), { files, mainJs, manifest });
  await page.evaluate(async () => {
    await window.ldnHost.plugin.load();
    window.ldnHost.app.workspace.finishLayout();
    await window.ldnHost.plugin.live.settled();
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { browser: chromium, page, files, errors };
}

/** Reads a file of the page's vault, or null when there is none. */
export function readVaultFile(page: Page, path: string): Promise<string | null> {
  return page.evaluate(async (path) => {
    const file = window.ldnHost.app.vault.getAbstractFileByPath(path);
    return file ? window.ldnHost.app.vault.read(file as never) : null;
  }, path);
}

/** Runs a command of the plugin by its id (without the plugin's prefix). */
export function runCommand(page: Page, id: string): Promise<void> {
  return page.evaluate(async (id) => {
    await window.ldnHost.app.runCommand(`linked-devops-notes:${id}`);
  }, id);
}

/** Removes Obsidian's notices, which the fake keeps, before a screenshot. */
export function clearNotices(page: Page): Promise<void> {
  return page.evaluate(() => document.querySelectorAll(".notice").forEach((el) => el.remove()));
}
