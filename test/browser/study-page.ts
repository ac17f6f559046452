import type { Browser, Page } from "playwright-core";
import { generateStudyVault, type StudyVault } from "../vaults/study-vault";
import { openPluginPage } from "./plugin-page";

/**
 * The shipped main.js in Chromium on the generated study vault (`test/vaults/study-vault.ts`),
 * in the language asked for, indexed and ready: the page of `page-assets.ts`, and with `editor`
 * the CodeMirror editor of `editor-page/editor-host.ts` as well.
 */

export { DESKTOP } from "./plugin-page";

export interface StudyPage {
  page: Page;
  vault: StudyVault;
  errors: string[];
}

export async function openStudyPage(browser: Browser, options: { language: "en" | "ko"; editor?: boolean }): Promise<StudyPage> {
  const vault = generateStudyVault();
  const { page, errors } = await openPluginPage(browser, { files: vault.files, ...options });
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
