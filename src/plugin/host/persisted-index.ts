import type { NoteRecord } from "../../engine/index/note-record";
import type { FileStamp, IndexStore, IndexStoreInfo, StoredNote } from "./index-store";

/**
 * The live index's copy on this device: loaded when a build starts, written a while after the
 * last change (and at once when a build ends or the plugin unloads), one write at a time. A store
 * that fails only costs a full read of the vault at the next start: failures are logged, never
 * thrown at the index.
 */
export class PersistedIndex {
  private store: (IndexStore & IndexStoreInfo) | undefined;
  private timer: number | undefined;
  private writing: Promise<void> = Promise.resolve();

  use(store: IndexStore & IndexStoreInfo): void {
    this.store = store;
  }

  /** The store's size and its clearing, for the settings; undefined when the index is kept nowhere. */
  info(): IndexStoreInfo | undefined {
    return this.store;
  }

  async load(key: string | undefined): Promise<Map<string, StoredNote>> {
    if (!this.store || !key) return new Map<string, StoredNote>();
    try {
      return await this.store.load(key);
    } catch (error) {
      console.warn("Linked DevOps Notes: the index store could not be read; reading the vault", error);
      return new Map<string, StoredNote>();
    }
  }

  /** The index restored these records from what `load` gave: nothing to write for them (`IndexStore.adopt`). */
  adopt(records: Iterable<NoteRecord>): void {
    this.store?.adopt?.(records);
  }

  /** Writes `records` after `delayMs` (a later call moves the moment); `records` is asked for then. */
  saveSoon(delayMs: number, what: () => SaveRequest | undefined): void {
    if (!this.store) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.saveNow(what()), delayMs);
  }

  /** Writes now, after the write under way; nothing when there is nothing to write. */
  saveNow(request: SaveRequest | undefined): Promise<void> {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    const store = this.store;
    if (!store || !request) return this.writing;
    this.writing = this.writing
      .then(() => store.save(request.key, request.records, request.stampOf))
      .catch((error: unknown) => console.warn("Linked DevOps Notes: the index store could not be written", error));
    return this.writing;
  }

  /** Resolves when the write under way is done. */
  settled(): Promise<void> {
    return this.writing;
  }

  /** No more writes are planned; the store is closed once the last one is done. */
  close(): void {
    window.clearTimeout(this.timer);
    const store = this.store;
    void this.writing.then(() => store?.close?.());
  }
}

export interface SaveRequest {
  key: string;
  records: Iterable<NoteRecord>;
  stampOf: (path: string) => FileStamp | undefined;
}
