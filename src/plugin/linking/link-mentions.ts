import { Notice, TFile, type App, type Editor } from "obsidian";
import { planConceptLinks, type LinkPlan } from "../../engine/linking/plan-concept-links";
import type { LiveIndex } from "../host/live-index";
import { t } from "../i18n/strings";

/**
 * "Link concept mentions in the current note", on the note open in the editor: planned on the
 * editor's text (which may hold edits not saved yet) and applied as one editor transaction, so it
 * is one step to undo and the cursor, selection and folds move with the text. Only the reported
 * spans change; nothing is written to the file behind the editor's back.
 */
export async function linkMentionsInEditor(app: App, live: LiveIndex, editor: Editor, file: TFile, everyMention: boolean): Promise<LinkPlan> {
  await live.settled();
  // Read and changed in one synchronous step: no keystroke can land between plan and change.
  const plan = planConceptLinks(live.index, file.path, editor.getValue(), { everyMention, linkText: (notePath) => linkTextTo(app, notePath, file.path) });
  if (plan.links.length > 0) {
    editor.transaction({ changes: plan.links.map((link) => ({ from: editor.offsetToPos(link.start), to: editor.offsetToPos(link.end), text: link.replacement })) }, "linked-devops-notes:link");
    new Notice(t("linkedMentions", { count: plan.links.length }));
  } else {
    new Notice(t("nothingToLink"));
  }
  if (plan.conceptsWithoutNote.length > 0) new Notice(t("conceptsWithoutNote", { names: plan.conceptsWithoutNote.slice(0, 8).join(", ") }));
  return plan;
}

/** The shortest link text Obsidian would write from `sourcePath` to `notePath`. */
export function linkTextTo(app: App, notePath: string, sourcePath: string): string {
  const target = app.vault.getAbstractFileByPath(notePath);
  return target instanceof TFile ? app.metadataCache.fileToLinktext(target, sourcePath, true) : notePath.replace(/\.md$/i, "");
}
