import type { App, TFile } from "obsidian";

/** Creates a note at a normalised vault path, with the folders above it when they are missing. */
export async function createNote(app: App, path: string, text: string): Promise<TFile> {
  const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  if (parent !== "" && !app.vault.getAbstractFileByPath(parent)) await app.vault.createFolder(parent);
  return app.vault.create(path, text);
}
