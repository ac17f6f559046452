import { TFile, type App } from "obsidian";

/** Opens a note in the current tab, scrolled to a 1-based line with the cursor on it. */
export async function openNoteAtLine(app: App, path: string, line?: number): Promise<void> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return;
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, line === undefined ? {} : { eState: { line: line - 1 } });
}
