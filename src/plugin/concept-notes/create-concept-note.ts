import { FuzzySuggestModal, Notice, TFile, normalizePath, type App } from "obsidian";
import { renderConceptNote } from "../../engine/linking/concept-note-template";
import type { VaultIndex } from "../../engine/index/vault-index";
import type { Concept } from "../../engine/concepts/concept-set";
import { t } from "../i18n/strings";
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
  const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  if (parent !== "" && !app.vault.getAbstractFileByPath(parent)) await app.vault.createFolder(parent);
  await app.vault.create(path, renderConceptNote(index, conceptId, conceptTag));
  new Notice(t("conceptNoteCreated", { path }));
  await openNoteAtLine(app, path);
  return path;
}

/** Picks a concept: those the vault mentions first, most mentioned first. */
export class ConceptPickerModal extends FuzzySuggestModal<Concept> {
  constructor(
    app: App,
    private readonly index: VaultIndex,
    private readonly onPick: (concept: Concept) => void,
  ) {
    super(app);
    this.setPlaceholder(t("pickConcept"));
  }

  override getItems(): Concept[] {
    // Summed once per concept, not once per comparison of the sort.
    const mentions = new Map(this.index.concepts.concepts.map((c) => [c.id, [...this.index.notesMentioning(c.id).values()].reduce((a, b) => a + b, 0)]));
    const of = (id: string): number => mentions.get(id) ?? 0;
    return [...this.index.concepts.concepts].sort((a, b) => of(b.id) - of(a.id) || a.name.localeCompare(b.name));
  }

  override getItemText(concept: Concept): string {
    return [concept.name, ...concept.ko].join(" · ");
  }

  override onChooseItem(concept: Concept): void {
    this.onPick(concept);
  }
}
