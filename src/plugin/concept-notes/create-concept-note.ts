import { Notice, TFile, normalizePath, type App } from "obsidian";
import { renderConceptNote } from "../../engine/linking/concept-note-template";
import type { VaultIndex } from "../../engine/index/vault-index";
import { createNote } from "../host/create-note";
import { t } from "../i18n/strings";
import { conceptNoteLabels } from "../ui/localized-labels";
import { openNoteAtLine } from "../ui/open-note";

/**
 * Creates the note of a concept in the concept folder (tagged as a concept, with its aliases and
 * related concepts), or opens it when it exists. Never overwrites: a file already at the path is
 * opened, not replaced.
 */
export async function createConceptNote(app: App, index: VaultIndex, conceptId: string, folder: string, conceptTag: string): Promise<string | undefined> {
  const concept = index.concepts.get(conceptId);
  if (!concept) return undefined;
  const existing = index.conceptNote(conceptId);
  if (existing) {
    new Notice(t("conceptNoteExists", { path: existing }));
    await openNoteAtLine(app, existing);
    return existing;
  }
  const fileName = concept.name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
  const path = normalizePath(folder.trim() === "" ? `${fileName}.md` : `${folder}/${fileName}.md`);
  if (app.vault.getAbstractFileByPath(path) instanceof TFile) {
    new Notice(t("conceptNoteExists", { path }));
    await openNoteAtLine(app, path);
    return path;
  }
  await createNote(app, path, renderConceptNote(index, conceptId, conceptTag, conceptNoteLabels()));
  new Notice(t("conceptNoteCreated", { path }));
  await openNoteAtLine(app, path);
  return path;
}
