import type { LinkChange } from "../../engine/linking/link-preview";
import { t } from "../i18n/strings";

/**
 * The changes a link would make, for the user to review before anything is written: grouped by
 * note (its title and folder), each change with a checkbox, its line, the words before and after
 * and the rest of its line around them. Plain DOM, no Obsidian call: the modal holds it.
 */

export interface PreviewNote {
  path: string;
  title: string;
  folder: string;
  changes: LinkChange[];
}

/** Draws the list; `checked` holds the changes kept (all to begin with) and is kept current; `changed` is told after each click. */
export function renderLinkPreview(parent: HTMLElement, notes: readonly PreviewNote[], checked: Set<LinkChange>, conceptName: (conceptId: string) => string, changed: () => void): void {
  const list = parent.createDiv({ cls: "ldn-lp-list" });
  const boxes = new Map<LinkChange, HTMLInputElement>();
  const noteBoxes: Array<{ box: HTMLInputElement; changes: LinkChange[] }> = [];
  const sync = (): void => {
    for (const [change, box] of boxes) box.checked = checked.has(change);
    for (const { box, changes } of noteBoxes) {
      const kept = changes.filter((c) => checked.has(c)).length;
      box.checked = kept === changes.length;
      box.indeterminate = kept > 0 && kept < changes.length;
    }
    changed();
  };
  for (const note of notes) {
    const group = list.createDiv({ cls: "ldn-lp-note", attr: { "data-path": note.path } });
    const head = group.createEl("label", { cls: "ldn-lp-note-head" });
    const noteBox = head.createEl("input", { type: "checkbox", attr: { "aria-label": t("lpNoteToggle", { title: note.title }) } });
    noteBoxes.push({ box: noteBox, changes: note.changes });
    noteBox.addEventListener("change", () => {
      for (const c of note.changes) {
        if (noteBox.checked) checked.add(c);
        else checked.delete(c);
      }
      sync();
    });
    head.createSpan({ cls: "ldn-lp-title", text: note.title });
    if (note.folder !== "") head.createSpan({ cls: "ldn-lp-folder", text: note.folder });
    for (const change of note.changes) {
      const row = group.createEl("label", { cls: "ldn-lp-change", attr: { "data-line": change.line, "data-concept": change.conceptId } });
      const box = row.createEl("input", { type: "checkbox", attr: { "aria-label": t("lpChangeToggle", { before: change.before, line: change.line }) } });
      boxes.set(change, box);
      box.addEventListener("change", () => {
        if (box.checked) checked.add(change);
        else checked.delete(change);
        sync();
      });
      row.createSpan({ cls: "ldn-lp-line", text: t("line", { line: change.line }) });
      const context = row.createSpan({ cls: "ldn-lp-context" });
      context.appendText((change.context.cutLead ? "…" : "") + change.context.lead);
      context.createEl("del", { cls: "ldn-lp-before", text: change.before });
      context.createEl("ins", { cls: "ldn-lp-after", text: change.after });
      context.appendText(change.context.trail + (change.context.cutTrail ? "…" : ""));
      row.createSpan({ cls: "ldn-lp-concept", text: conceptName(change.conceptId) });
    }
  }
  sync();
}
