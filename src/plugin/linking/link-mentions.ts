import { Notice, TFile, type App, type Editor } from "obsidian";
import { previewLinks, type LinkChange } from "../../engine/linking/link-preview";
import { mutedConceptIds } from "../../engine/linking/muted-concepts";
import { planConceptLinks, type LinkPlan } from "../../engine/linking/plan-concept-links";
import { folderOf } from "../../engine/text/link-names";
import type { LiveIndex } from "../host/live-index";
import { t } from "../i18n/strings";
import { LinkPreviewModal } from "./link-preview-modal";
import type { PreviewNote } from "./render-link-preview";
import { editorOf, writeKeptChanges, type WriteOptions, type WriteResult } from "./write-links";

/**
 * "Link concept mentions in the current note", and the concept page's "Link all…": the changes
 * are planned on each note's current text (the editor's, unsaved edits included, for a note open
 * in one) and shown in a preview; only what the user keeps is written, the note open in the editor
 * as one undoable transaction, every other note with one `Vault.process`.
 */

export interface LinkSettings {
  linkEveryMention: boolean;
  mutedConcepts: readonly string[];
}

/** Plans the note open in `editor` and opens the preview; resolves with the plan (tests wait on it). */
export async function linkMentionsInEditor(app: App, live: LiveIndex, editor: Editor, file: TFile, current: LinkSettings): Promise<LinkPlan> {
  const settings = { ...current }; // as they were when the command ran, not when the index settles
  await live.settled();
  const index = live.index;
  const options = writeOptions(app, live, settings);
  const text = editor.getValue();
  const plan = planConceptLinks(index, file.path, text, { everyMention: settings.linkEveryMention, muted: options.muted, linkText: (notePath) => options.linkText(notePath, file.path) });
  if (plan.conceptsWithoutNote.length > 0) new Notice(t("conceptsWithoutNote", { names: plan.conceptsWithoutNote.slice(0, 8).join(", ") }));
  if (plan.links.length === 0) {
    new Notice(t("nothingToLink"));
    return plan;
  }
  const note: PreviewNote = { path: file.path, title: file.basename, folder: folderOf(file.path), changes: previewLinks(file.path, text, plan) };
  openPreview(app, live, [note], options, { path: file.path, editor });
  return plan;
}

/**
 * Every unlinked mention of one concept that may be linked, in the notes of `scope` (all when
 * none), previewed together. Notes are read one by one; a note open in an editor is read there.
 */
export async function linkConceptEverywhere(app: App, live: LiveIndex, conceptId: string, scope: ReadonlySet<string> | undefined, current: LinkSettings): Promise<PreviewNote[]> {
  const settings = { ...current }; // as they were when the button was pressed
  await live.settled();
  const index = live.index;
  const options = writeOptions(app, live, settings);
  const paths = [...index.notesMentioning(conceptId).keys()].filter((path) => {
    const use = index.note(path)?.concepts.find((u) => u.conceptId === conceptId);
    return (!scope || scope.has(path)) && use !== undefined && use.count > (use.linkedLines?.length ?? 0) + (use.fixedLines?.length ?? 0);
  });
  const reading = paths.length > 20 ? new Notice(t("lpReading", { count: paths.length })) : undefined;
  const notes: PreviewNote[] = [];
  for (const path of paths.sort()) {
    const file = app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) continue;
    const text = editorOf(app, path)?.getValue() ?? (await app.vault.cachedRead(file));
    const plan = planConceptLinks(index, path, text, { everyMention: true, only: new Set([conceptId]), muted: options.muted, linkText: (notePath) => options.linkText(notePath, path) });
    if (plan.links.length > 0) notes.push({ path, title: file.basename, folder: folderOf(path), changes: previewLinks(path, text, plan) });
  }
  reading?.hide();
  if (notes.length === 0) new Notice(t("nothingToLink"));
  else openPreview(app, live, notes, options);
  return notes;
}

function openPreview(app: App, live: LiveIndex, notes: PreviewNote[], options: WriteOptions, editor?: { path: string; editor: Editor }): void {
  const name = (conceptId: string): string => live.index.concepts.get(conceptId)?.name ?? conceptId;
  new LinkPreviewModal(app, notes, name, (kept: LinkChange[]) => void writeKeptChanges(app, live.index, kept, options, editor).then(report)).open();
}

function report(result: WriteResult): void {
  if (result.linked > 0) new Notice(t("lpLinked", { count: result.linked, notes: result.notes }));
  if (result.skipped > 0) new Notice(t("lpSkipped", { count: result.skipped }));
}

export function writeOptions(app: App, live: LiveIndex, settings: Pick<LinkSettings, "mutedConcepts">): WriteOptions {
  return { linkText: (notePath, sourcePath) => linkTextTo(app, notePath, sourcePath), muted: mutedConceptIds(live.index.concepts, settings.mutedConcepts) };
}

/** The shortest link text Obsidian would write from `sourcePath` to `notePath`. */
export function linkTextTo(app: App, notePath: string, sourcePath: string): string {
  const target = app.vault.getAbstractFileByPath(notePath);
  return target instanceof TFile ? app.metadataCache.fileToLinktext(target, sourcePath, true) : notePath.replace(/\.md$/i, "");
}
