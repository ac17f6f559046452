import { TFile, type App } from "obsidian";
import type { HostedVaultIndex } from "../../engine/index/hosted-vault-index";
import type { HostMetadata } from "../../engine/parse/host-metadata";
import type { FileStamp } from "./index-store";
import type { HandedNote } from "./metadata-wait";
import type { TimeSlicer } from "./time-slicer";

/**
 * Reads notes for the live index (`cachedRead`), and keeps each one's stamp (modification time
 * and size when it was read, or handed over by the app): what the store is keyed by, so that a
 * restart reads again only the notes changed since.
 */
export class NoteReader {
  readonly stamps = new Map<string, FileStamp>();

  constructor(private readonly app: App) {}

  async read(file: TFile): Promise<string | undefined> {
    try {
      // The stamp is taken before the read: an edit landing during the read makes it stale, never the reverse.
      const stamp = stampOf(file);
      const text = await this.app.vault.cachedRead(file);
      this.stamps.set(file.path, stamp);
      return text;
    } catch (error) {
      console.warn(`Linked DevOps Notes: could not read ${file.path}`, error);
      return undefined;
    }
  }

  /** The text the app handed over while the note was waited for, else the note read now. */
  readOrTake(file: TFile, handed: ReadonlyMap<string, HandedNote>): Promise<string | undefined> {
    const note = handed.get(file.path);
    if (!note) return this.read(file);
    this.stamps.set(file.path, note.stamp);
    return Promise.resolve(note.text);
  }

  /** A note's text came from elsewhere (the app's `changed`): its stamp is the file's now. */
  took(file: TFile): void {
    this.stamps.set(file.path, stampOf(file));
  }

  /**
   * Notes whose mentions predate a concept change are read again, in slices; gone ones leave.
   * The first index declares every concept before it reads the notes, so only a concept note
   * edited, renamed or deleted later sends notes here.
   */
  async readStale(index: HostedVaultIndex, slicer: TimeSlicer, metadataOf: (path: string) => HostMetadata | undefined): Promise<void> {
    const stale = index.staleNotes();
    if (stale.length === 0) return;
    const files = stale.map((path) => this.app.vault.getAbstractFileByPath(path)).filter((f): f is TFile => f instanceof TFile);
    const texts = await Promise.all(files.map((file) => this.read(file)));
    const entries = files.map((file, i) => [file, texts[i]] as const);
    await slicer.run(entries, ([file, text]) => {
      if (text !== undefined) index.upsert(file.path, text, metadataOf(file.path));
    }, ([, text]) => text?.length ?? 1);
    // Still stale: their file could not be read, or no longer exists.
    for (const path of index.staleNotes()) index.remove(path);
  }
}

function stampOf(file: TFile): FileStamp {
  return { mtime: file.stat.mtime, size: file.stat.size };
}
