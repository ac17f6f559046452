import type { CachedMetadata } from "obsidian";

/** An edited note's latest text and metadata, as the metadataCache's `changed` brought them. */
export interface Edit {
  text: string;
  metadata: CachedMetadata;
}

/**
 * Edits waiting for their note to settle: a burst of edits to one note is taken as one, the last
 * text winning, once no edit came for `delayMs`.
 */
export class PendingEdits {
  private readonly waiting = new Map<string, Edit & { timer: number }>();

  constructor(private readonly delayMs: number) {}

  get size(): number {
    return this.waiting.size;
  }

  /** Holds the note's latest edit; `settled` gets it once the edits stop. */
  hold(path: string, edit: Edit, settled: (edit: Edit) => void): void {
    window.clearTimeout(this.waiting.get(path)?.timer);
    const timer = window.setTimeout(() => {
      const latest = this.take(path);
      if (latest) settled(latest);
    }, this.delayMs);
    this.waiting.set(path, { ...edit, timer });
  }

  /** The note's waiting edit, if any, taken out (a rename carries it to the new path). */
  take(path: string): Edit | undefined {
    const edit = this.waiting.get(path);
    if (!edit) return undefined;
    window.clearTimeout(edit.timer);
    this.waiting.delete(path);
    return { text: edit.text, metadata: edit.metadata };
  }

  dropAll(): void {
    for (const edit of this.waiting.values()) window.clearTimeout(edit.timer);
    this.waiting.clear();
  }
}
