import { EditorSelection, EditorState, type ChangeSpec } from "@codemirror/state";

/**
 * Obsidian's `Editor`, as far as the plugin uses it, over a CodeMirror state as in Obsidian: a
 * transaction's changes all refer to the text before it, and the selection moves with them.
 * The fake counts what a test needs to see: transactions (each one undo step) and whole-text
 * replacements (which lose the cursor, selection and folds).
 */
export interface EditorPosition {
  line: number;
  ch: number;
}

export interface EditorTransaction {
  changes?: Array<{ from: EditorPosition; to?: EditorPosition; text: string }>;
  selection?: { from: EditorPosition; to?: EditorPosition };
}

export class Editor {
  private state: EditorState;
  /** Fake only: every transaction applied, in order. */
  readonly transactions: Array<{ origin: string | undefined; changes: number }> = [];
  /** Fake only: calls of `setValue`. */
  wholeReplacements = 0;

  constructor(text: string) {
    this.state = EditorState.create({ doc: text, extensions: EditorState.allowMultipleSelections.of(true) });
  }

  getValue(): string {
    return this.state.doc.toString();
  }

  setValue(text: string): void {
    this.wholeReplacements++;
    this.state = EditorState.create({ doc: text });
  }

  offsetToPos(offset: number): EditorPosition {
    const line = this.state.doc.lineAt(offset);
    return { line: line.number - 1, ch: offset - line.from };
  }

  posToOffset(pos: EditorPosition): number {
    return this.state.doc.line(pos.line + 1).from + pos.ch;
  }

  /** Fake only (Obsidian has `setSelection`): selects `[anchor, head]`, given as offsets. */
  select(anchor: number, head = anchor): void {
    this.state = this.state.update({ selection: EditorSelection.single(anchor, head) }).state;
  }

  /** Fake only: the main selection, as offsets. */
  selection(): { anchor: number; head: number } {
    const { anchor, head } = this.state.selection.main;
    return { anchor, head };
  }

  transaction(tx: EditorTransaction, origin?: string): void {
    const changes: ChangeSpec[] = (tx.changes ?? []).map((change) => ({ from: this.posToOffset(change.from), to: this.posToOffset(change.to ?? change.from), insert: change.text }));
    this.state = this.state.update({ changes }).state;
    this.transactions.push({ origin, changes: changes.length });
  }
}
