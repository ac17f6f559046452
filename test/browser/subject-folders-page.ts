import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { writeStudyVault, type StudyVaultOptions } from "../vaults/subject-folders-vault";
import { launchChromium, SCREENSHOTS } from "./chromium";
import { readFolder } from "./page-assets";
import { openPluginPage } from "./plugin-page";

/**
 * A page of the browser test with the shipped main.js loaded over the generated study vault
 * (written to `test-output/` and read back from disk), indexed, with the editor host of
 * `editor-page/` added so a note can be opened in CodeMirror.
 */

export { DESKTOP, PHONE } from "./plugin-page";

export interface StudyPage {
  browser: Browser;
  page: Page;
  files: Record<string, string>;
  errors: string[];
}

/** The vault written to `test-output/<name>` and read back from disk, in a page with the editor host. */
export async function openStudyPage(name: string, options: StudyVaultOptions = {}, browser?: Browser): Promise<StudyPage> {
  const dir = `test-output/${name}`;
  writeStudyVault(dir, options);
  const files = readFolder(dir);
  const chromium = browser ?? (await launchChromium());
  const { page, errors } = await openPluginPage(chromium, { files, editor: true });
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
