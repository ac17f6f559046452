import type { App, CachedMetadata, TFile } from "obsidian";
import type { FileStamp } from "./index-store";

/**
 * Notes whose metadata the app has not read yet (a vault just opened, files changed while
 * Obsidian was closed) are waited for, as Dataview waits for the cache before its first index:
 * `changed` hands over each one's text and metadata together (the note is then not read at all),
 * and `resolved` says the app has read every note it is going to. A note still without
 * metadata after that is read with the engine's own reading of its links and headings.
 */

export interface HandedNote {
  text: string;
  metadata: CachedMetadata;
  stamp: FileStamp;
}

/** A last resort, should the app never say it is done: the build goes on without the rest. */
const WAIT_LIMIT_MS = 30_000;

export class MetadataWait {
  private waiting: { pending: Set<string>; handed: Map<string, HandedNote>; finish: () => void } | undefined;

  /** Resolves once the app has the metadata of every note of `files`, with the notes it handed over meanwhile. */
  async forNotes(app: App, files: readonly TFile[]): Promise<Map<string, HandedNote>> {
    const handed = new Map<string, HandedNote>();
    const cache = app.metadataCache;
    const pending = new Set(files.filter((file) => cache.getFileCache(file) === null).map((file) => file.path));
    // Obsidian's own flag (not in the public typings): true once every note it knows is read.
    if (pending.size === 0 || (cache as unknown as { resolved?: boolean }).resolved === true) return handed;
    await new Promise<void>((resolve) => {
      const finish = (): void => {
        window.clearTimeout(timer);
        this.waiting = undefined;
        resolve();
      };
      const timer = window.setTimeout(finish, WAIT_LIMIT_MS);
      this.waiting = { pending, handed, finish };
    });
    return handed;
  }

  /** metadataCache `changed`: true when the note was waited for (it is then taken here, not as an edit). */
  take(file: TFile, text: string, metadata: CachedMetadata): boolean {
    const waiting = this.waiting;
    if (!waiting?.pending.delete(file.path)) return false;
    waiting.handed.set(file.path, { text, metadata, stamp: { mtime: file.stat.mtime, size: file.stat.size } });
    if (waiting.pending.size === 0) waiting.finish();
    return true;
  }

  /** metadataCache `resolved`: whatever is still pending will not come. */
  resolved(): void {
    this.waiting?.finish();
  }

  cancel(): void {
    this.waiting?.finish();
  }
}
