import { MarkdownView, TFile, type App, type Editor } from "obsidian";
import type { VaultIndex } from "../../engine/index/vault-index";
import { linkMentionAt, type MentionAt } from "../../engine/linking/link-one-mention";
import { applyLinkChanges, type LinkChange } from "../../engine/linking/link-preview";
import { applyLinks, type ConceptLink } from "../../engine/linking/plan-concept-links";

/**
 * Writes links into notes the way Obsidian wants it: a note open in an editor changes through
 * that editor, in one transaction (one step to undo; its unsaved text is the text linked); any
 * other note through one `Vault.process` per note, which hands over the file's current text.
 * Either way the engine plans on the text as it is at that moment, so nothing is written where the
 * note changed since the user looked.
 */

export interface WriteOptions {
  /** How a link to a note is written from `sourcePath`. */
  linkText(notePath: string, sourcePath: string): string;
  muted: ReadonlySet<string>;
}

/** The editor a note is open in, if any (the active one first). */
export function editorOf(app: App, path: string): Editor | undefined {
  const active = app.workspace.getActiveViewOfType(MarkdownView);
  if (active?.file?.path === path) return active.editor;
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === path) return view.editor;
  }
  return undefined;
}

/** Changes one note: `plan` gets its current text and says which links to write. */
async function change(app: App, path: string, plan: (text: string) => ConceptLink[], editor = editorOf(app, path)): Promise<ConceptLink[]> {
  if (editor) {
    const links = plan(editor.getValue());
    if (links.length > 0) editor.transaction({ changes: links.map((link) => ({ from: editor.offsetToPos(link.start), to: editor.offsetToPos(link.end), text: link.replacement })) }, "linked-devops-notes:link");
    return links;
  }
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return [];
  let links: ConceptLink[] = [];
  await app.vault.process(file, (text) => {
    links = plan(text);
    return applyLinks(text, links);
  });
  return links;
}

/** Links one mention (a concept page row); the link written, or undefined when it may no longer be linked. */
export async function linkOneRow(app: App, index: VaultIndex, path: string, at: MentionAt, options: WriteOptions): Promise<ConceptLink | undefined> {
  const [link] = await change(app, path, (text) => {
    const found = linkMentionAt(index, path, text, at, { linkText: (notePath) => options.linkText(notePath, path), muted: options.muted });
    return found ? [found] : [];
  });
  return link;
}

export interface WriteResult {
  linked: number;
  notes: number;
  skipped: number;
}

/** Writes the changes the user kept in a preview, note by note; `editor` is the one the command ran in. */
export async function writeKeptChanges(app: App, index: VaultIndex, kept: readonly LinkChange[], options: WriteOptions, editor?: { path: string; editor: Editor }): Promise<WriteResult> {
  const byNote = new Map<string, LinkChange[]>();
  for (const c of kept) byNote.set(c.path, [...(byNote.get(c.path) ?? []), c]);
  const result: WriteResult = { linked: 0, notes: 0, skipped: 0 };
  for (const [path, changes] of byNote) {
    let skipped = changes.length;
    const written = await change(
      app,
      path,
      (text) => {
        const applied = applyLinkChanges(index, path, text, changes, { linkText: (notePath) => options.linkText(notePath, path), muted: options.muted });
        skipped = applied.skipped.length;
        return applied.applied;
      },
      editor?.path === path ? editor.editor : editorOf(app, path),
    );
    result.linked += written.length;
    result.skipped += skipped;
    if (written.length > 0) result.notes++;
  }
  return result;
}
