import { INDEX_FORMAT_VERSION, NoteRecord } from "../../engine/index/note-record";
import { isStoredRecord, storedRecord, type StoredRecord } from "../../engine/index/stored-record";
import { committed, done, openDatabase, type IndexedDbApi } from "./indexed-db";

/**
 * The index as it was when Obsidian last closed, so a restart reads again only the notes that
 * changed since (by modification time and size). Kept in IndexedDB, one database per vault
 * (keyed by the vault's id, as Omnisearch keys its cache), never in the plugin's folder: that
 * folder is synced to every device, and the index grows with the vault. One row a note, so a
 * save writes only the notes that changed, in small transactions with the UI served between
 * them. A store written by another record format or other index settings is not used. Each row
 * holds the record's stored form (`storedRecord`: strings and plain data, which IndexedDB clones
 * as they are; a `NoteRecord` would come back without its class).
 */

export interface FileStamp {
  mtime: number;
  size: number;
}

export interface StoredNote {
  stamp: FileStamp;
  record: StoredRecord;
}

/** Where the live index keeps itself across restarts. */
export interface IndexStore {
  /** The notes saved under `key`, by path; empty when there is none usable. */
  load(key: string): Promise<Map<string, StoredNote>>;
  /** Makes the store hold exactly these records (the ones with a stamp), under `key`. */
  save(key: string, records: Iterable<NoteRecord | StoredRecord>, stampOf: (path: string) => FileStamp | undefined): Promise<void>;
  /**
   * The index restored these records from the rows `load` gave, unchanged: the next save counts
   * them as written (the index holds records made from the stored forms, not the forms).
   */
  adopt?(records: Iterable<NoteRecord>): void;
  /** Lets go of what the store holds open, once its writes are done (on unload). */
  close?(): void;
}

/** What the settings show of the store, and what they may do with it. */
export interface IndexStoreInfo {
  size(): Promise<{ notes: number; bytes: number }>;
  clear(): Promise<void>;
}

interface NoteRow {
  path: string;
  mtime: number;
  size: number;
  /** Length of the record as JSON: what the settings add up as the store's size. */
  bytes: number;
  record: StoredRecord;
}

/** What the store remembers of a row it holds: the record it was written from (or read as), to tell whether a note changed. */
interface HeldRow {
  mtime: number;
  size: number;
  bytes: number;
  record: NoteRecord | StoredRecord;
}

interface MetaRow {
  format: number;
  key: string;
  notes: number;
  bytes: number;
}

const VERSION = 1;
const NOTES = "notes";
const META = "meta";
const META_KEY = "index";
/** Rows read per request: each is one task on the main thread, its rows copied out of the store. */
const PAGE = 250;
/**
 * Rows written per transaction: each row is copied (structured clone) and measured (its JSON)
 * on the main thread as it is put; 250 took up to 45 ms on the bench's 10k-note vault.
 */
const WRITE_PAGE = 80;

export class IndexedDbIndexStore implements IndexStore, IndexStoreInfo {
  private database: Promise<IDBDatabase> | undefined;
  /** What the store holds under `heldKey`, as last loaded or written. */
  private readonly held = new Map<string, HeldRow>();
  private heldKey: string | undefined;
  private ready: Promise<void> | undefined;

  constructor(
    private readonly api: IndexedDbApi,
    readonly name: string,
    /** Hands the main thread back between writes. */
    private readonly yieldToUi: () => Promise<void>,
    /** Runs once before the first load (the old cache file moved in, `legacy-index-cache.ts`). */
    private readonly beforeFirstLoad?: (store: IndexedDbIndexStore) => Promise<void>,
  ) {}

  async load(key: string): Promise<Map<string, StoredNote>> {
    this.ready ??= this.beforeFirstLoad?.(this).catch((error: unknown) => console.warn("Linked DevOps Notes: the old index cache could not be moved", error)) ?? Promise.resolve();
    await this.ready;
    const db = await this.open();
    const meta = (await done(db.transaction(META).objectStore(META).get(META_KEY))) as MetaRow | undefined;
    this.held.clear();
    this.heldKey = meta?.format === INDEX_FORMAT_VERSION ? meta.key : undefined;
    const out = new Map<string, StoredNote>();
    if (this.heldKey !== key) return out;
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : this.api.IDBKeyRange.lowerBound(after, true);
      const rows = (await done(db.transaction(NOTES).objectStore(NOTES).getAll(range, PAGE))) as NoteRow[];
      for (const row of rows) {
        if (typeof row?.mtime !== "number" || typeof row.size !== "number" || !isStoredRecord(row.record) || row.record.path !== row.path) continue;
        this.held.set(row.path, { mtime: row.mtime, size: row.size, bytes: row.bytes, record: row.record });
        out.set(row.path, { stamp: { mtime: row.mtime, size: row.size }, record: row.record });
      }
      if (rows.length < PAGE) break;
      after = (rows[rows.length - 1] as NoteRow).path;
    }
    return out;
  }

  async save(key: string, records: Iterable<NoteRecord | StoredRecord>, stampOf: (path: string) => FileStamp | undefined): Promise<void> {
    const fresh = this.heldKey !== key;
    if (fresh) await this.clear(); // records under another key (other settings) are never mixed in
    const db = await this.open();
    const changed: Array<NoteRecord | StoredRecord> = [];
    const kept = new Set<string>();
    for (const record of records) {
      const stamp = stampOf(record.path);
      if (!stamp) continue;
      kept.add(record.path);
      const held = this.held.get(record.path);
      // Records are replaced, never changed in place: the same object is the same note.
      if (held?.record !== record || held.mtime !== stamp.mtime || held.size !== stamp.size) changed.push(record);
    }
    const gone = [...this.held.keys()].filter((path) => !kept.has(path));
    for (let from = 0; from < Math.max(changed.length, gone.length); from += WRITE_PAGE) {
      const writing = db.transaction(NOTES, "readwrite");
      const notes = writing.objectStore(NOTES);
      const written = changed.slice(from, from + WRITE_PAGE);
      const rows = written.map((record): NoteRow => {
        const stored = record instanceof NoteRecord ? storedRecord(record) : record;
        return { path: record.path, ...(stampOf(record.path) as FileStamp), bytes: JSON.stringify(stored).length, record: stored };
      });
      for (const row of rows) notes.put(row);
      for (const path of gone.slice(from, from + WRITE_PAGE)) notes.delete(path);
      await committed(writing);
      rows.forEach(({ path, mtime, size, bytes }, i) => this.held.set(path, { mtime, size, bytes, record: written[i] as NoteRecord | StoredRecord }));
      for (const path of gone.slice(from, from + WRITE_PAGE)) this.held.delete(path);
      await this.yieldToUi();
    }
    if (!fresh && changed.length === 0 && gone.length === 0) return;
    const writing = db.transaction(META, "readwrite");
    writing.objectStore(META).put({ format: INDEX_FORMAT_VERSION, key, ...this.totals() } satisfies MetaRow, META_KEY);
    await committed(writing);
    this.heldKey = key;
  }

  adopt(records: Iterable<NoteRecord>): void {
    for (const record of records) {
      const held = this.held.get(record.path);
      if (held && !(held.record instanceof NoteRecord)) held.record = record;
    }
  }

  async size(): Promise<{ notes: number; bytes: number }> {
    if (this.heldKey !== undefined) return this.totals();
    const db = await this.open();
    const meta = (await done(db.transaction(META).objectStore(META).get(META_KEY))) as MetaRow | undefined;
    return { notes: meta?.notes ?? 0, bytes: meta?.bytes ?? 0 };
  }

  /** Empties the store; the index is written again at the next save, whole. */
  async clear(): Promise<void> {
    const db = await this.open();
    const clearing = db.transaction([NOTES, META], "readwrite");
    clearing.objectStore(NOTES).clear();
    clearing.objectStore(META).delete(META_KEY);
    await committed(clearing);
    this.held.clear();
    this.heldKey = undefined;
  }

  /** Closes the connection once its transactions are done (on unload). */
  close(): void {
    void this.database?.then((db) => db.close()).catch(() => undefined);
    this.database = undefined;
  }

  private totals(): { notes: number; bytes: number } {
    let bytes = 0;
    for (const row of this.held.values()) bytes += row.bytes;
    return { notes: this.held.size, bytes };
  }

  private open(): Promise<IDBDatabase> {
    this.database ??= openDatabase(this.api.indexedDB, this.name, VERSION, (db) => {
      if (!db.objectStoreNames.contains(NOTES)) db.createObjectStore(NOTES, { keyPath: "path" });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    });
    return this.database;
  }
}
