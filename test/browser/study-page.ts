import { build } from "esbuild";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { PluginManifest } from "../fakes/obsidian";
import { generateStudyVault, type StudyVault } from "../vaults/study-vault";
import { buildPageAssets, collectPageErrors, LENT_BY_OBSIDIAN, ORIGIN, requiredIds, servePage } from "./page-assets";

/**
 * The shipped main.js in Chromium on the generated study vault (`test/vaults/study-vault.ts`),
 * in the language asked for, indexed and ready: the page of `page-assets.ts`, and with `editor`
 * the CodeMirror editor of `editor-page/editor-host.ts` as well.
 */

export const DESKTOP = { width: 1200, height: 900 };

/** How the page draws the editor: Obsidian's look, from the theme's variables (test only). */
const EDITOR_LOOK = `
.workspace > .ldn-test-editor { display: flex; flex: 1 1 0; flex-direction: column; min-width: 0; }
.ldn-test-editor .view-content { display: flex; padding: 0; overflow: hidden; }
.ldn-test-editor .cm-editor { flex: 1 1 auto; height: 100%; background: var(--background-primary); color: var(--text-normal); font-family: var(--font-interface); font-size: 16px; }
.ldn-test-editor .cm-scroller { padding: var(--size-4-4) var(--size-4-8); font-family: var(--font-interface); line-height: 1.65; }
`;

export interface StudyPage {
  page: Page;
  vault: StudyVault;
  errors: string[];
}

export async function openStudyPage(browser: Browser, options: { language: "en" | "ko"; editor?: boolean }): Promise<StudyPage> {
  const mainJs = readFileSync("main.js", "utf8");
  const lent = requiredIds(mainJs).filter((id) => LENT_BY_OBSIDIAN.test(id));
  const [assets, editorHost] = await Promise.all([
    buildPageAssets(lent),
    options.editor ? build({ entryPoints: ["test/browser/editor-page/editor-host.ts"], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" }) : undefined,
  ]);
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: options.language === "ko" ? "ko-KR" : "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  collectPageErrors(page, errors);
  await servePage(page, assets);
  await page.goto(`${ORIGIN}/index.html`);
  if (editorHost) {
    await page.addScriptTag({ content: editorHost.outputFiles[0]?.text ?? "" });
    await page.addStyleTag({ content: EDITOR_LOOK });
  }
  const vault = generateStudyVault();
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;
  await page.evaluate(
    async ({ files, mainJs, manifest, language }) => {
      (window.FakeObsidian as unknown as { setFakeLanguage(code: string): void }).setFakeLanguage(language);
      window.ldnHost.boot(files, mainJs, manifest);
      await window.ldnHost.plugin.load();
      window.ldnHost.app.workspace.finishLayout();
      await window.ldnHost.plugin.live.settled();
    },
    { files: vault.files, mainJs, manifest, language: options.language },
  );
  return { page, vault, errors };
}

/** A note's text as the page's vault holds it now. */
export function readNote(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => window.ldnHost.app.vault.read(window.ldnHost.app.vault.getAbstractFileByPath(path) as never), path);
}

/** Opens the dashboard on a concept's page (optionally narrowed to a tag) and waits until it has drawn its notes' lines. */
export async function showConceptPage(page: Page, concept: string, tag?: string): Promise<void> {
  await page.evaluate(
    async ({ concept, tag }) => {
      const { app } = window.ldnHost;
      const type = "linked-devops-notes-dashboard";
      const leaf = app.workspace.getLeavesOfType(type)[0] ?? app.workspace.getLeaf(true);
      await leaf.setViewState({ type, state: { concept, ...(tag ? { tag } : {}) } });
      await (leaf.view as unknown as { conceptPageSettled(): Promise<void> }).conceptPageSettled();
    },
    { concept, tag },
  );
}

/** Waits for the open concept page to draw again after a change (an index update, a setting). */
export async function conceptPageSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await window.ldnHost.plugin.live.settled();
    await new Promise((resolve) => setTimeout(resolve, 250)); // the dashboard's redraw debounce
    const leaf = window.ldnHost.app.workspace.getLeavesOfType("linked-devops-notes-dashboard")[0];
    await (leaf?.view as unknown as { conceptPageSettled(): Promise<void> } | undefined)?.conceptPageSettled();
  });
}

/** The note the plugin's index takes for a concept's note, or null. */
export function conceptNoteOf(page: Page, conceptId: string): Promise<string | null> {
  return page.evaluate((id) => (window.ldnHost.plugin.live.index as unknown as { conceptNote(id: string): string | undefined }).conceptNote(id) ?? null, conceptId);
}
