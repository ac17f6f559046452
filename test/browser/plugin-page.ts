import { build } from "esbuild";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { PluginManifest } from "../fakes/obsidian";
import { buildPageAssets, collectPageErrors, LENT_BY_OBSIDIAN, ORIGIN, requiredIds, servePage } from "./page-assets";

/**
 * A Chromium page with the shipped main.js booted over a vault given as files: the page of
 * `page-assets.ts` (the fake `obsidian` module, CodeMirror lent as Obsidian lends it), and with
 * `editor` the CodeMirror editor host of `editor-page/` drawn with Obsidian's look. Every browser
 * suite opens its page here; what it does before the layout is ready (a setting, a language) is
 * its `beforeLayout`.
 */

export const DESKTOP = { width: 1200, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** How the page draws the editor: Obsidian's look, from the theme's variables (test only). */
const EDITOR_LOOK = `
.workspace > .ldn-test-editor { display: flex; flex: 1 1 0; flex-direction: column; min-width: 0; }
.ldn-test-editor .view-content { display: flex; padding: 0; overflow: hidden; }
.ldn-test-editor .cm-editor { flex: 1 1 auto; height: 100%; background: var(--background-primary); color: var(--text-normal); font-family: var(--font-interface); font-size: 16px; }
.ldn-test-editor .cm-editor.cm-focused { outline: none; }
.ldn-test-editor .cm-scroller { padding: var(--size-4-4) var(--size-4-8); font-family: var(--font-interface); line-height: 1.65; }
.ldn-test-editor .cm-content { max-width: 720px; caret-color: var(--text-normal); }
`;

export interface PluginPageOptions {
  files: Record<string, string>;
  language?: "en" | "ko";
  editor?: boolean;
  /** Runs in the page after the plugin loaded, before the layout is ready and the first index starts. */
  beforeLayout?: () => Promise<void>;
  viewport?: { width: number; height: number };
  /** Wait for the first index (true by default). */
  settle?: boolean;
}

export interface PluginPage {
  page: Page;
  errors: string[];
}

export async function openPluginPage(browser: Browser, options: PluginPageOptions): Promise<PluginPage> {
  const mainJs = readFileSync("main.js", "utf8");
  const [assets, editorHost] = await Promise.all([
    buildPageAssets(requiredIds(mainJs).filter((id) => LENT_BY_OBSIDIAN.test(id))),
    options.editor ? build({ entryPoints: ["test/browser/editor-page/editor-host.ts"], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" }) : undefined,
  ]);
  const language = options.language ?? "en";
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, deviceScaleFactor: 1, locale: language === "ko" ? "ko-KR" : "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  collectPageErrors(page, errors);
  await servePage(page, assets);
  await page.goto(`${ORIGIN}/index.html`);
  if (editorHost) {
    await page.addScriptTag({ content: editorHost.outputFiles[0]?.text ?? "" });
    await page.addStyleTag({ content: EDITOR_LOOK });
  }
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as PluginManifest;
  await page.evaluate(
    async ({ files, mainJs, manifest, language }) => {
      (window.FakeObsidian as unknown as { setFakeLanguage(code: string): void }).setFakeLanguage(language);
      window.ldnHost.boot(files, mainJs, manifest);
      await window.ldnHost.plugin.load();
    },
    { files: options.files, mainJs, manifest, language },
  );
  if (options.beforeLayout) await page.evaluate(options.beforeLayout);
  await page.evaluate(async (settle) => {
    window.ldnHost.app.workspace.finishLayout();
    if (settle) await window.ldnHost.plugin.live.settled();
  }, options.settle !== false);
  return { page, errors };
}
