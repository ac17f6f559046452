import { TFile, type App, type TAbstractFile } from "obsidian";
import type { NoteRecord } from "../../engine/index/note-record";
import { VaultIndex, type IndexOptions } from "../../engine/index/vault-index";
import { sameStamp, type FileStamp, type IndexCache } from "./index-cache";
import { TimeSlicer } from "./time-slicer";

/**
 * The engine's index, kept current with the vault: built once after the layout is ready (read
 * with `cachedRead`, parsed in time slices), then updated from vault events. Edits to one file
 * are debounced; every update runs through one queue, so two updates never interleave and a
 * rename always lands after the edits made before it.
 */

export interface LiveIndexConfig {
  indexOptions: IndexOptions;
  excludedFolders: readonly string[];
  /** Names the settings the index was built with: a cache saved under another key is not used. */
  cacheKey?: string;
}

export interface IndexProgress {
  done: number;
  total: number;
  /** The first full index is over. */
  finished: boolean;
  elapsedMs: number;
}

/** How long an edited file waits for more edits before it is read again. */
const EDIT_DEBOUNCE_MS = 300;
/** Files read at once while building: cachedRead is async, the parse is not. */
const READ_BATCH = 32;
/** Cached records put back at once (one matcher build each). */
const RESTORE_BATCH = 500;
/** How long the cache waits after the last change before it is written again. */
const CACHE_SAVE_DEBOUNCE_MS = 30_000;
/** How long a rebuild asked for by a settings change waits for more typing. */
const REBUILD_DEBOUNCE_MS = 1000;

export class LiveIndex {
  index: VaultIndex;
  /**
   * Whether `index` holds every note: false from the moment a build puts a new, empty index in
   * place until it has read the last note. While false, a note missing from the index is only not
   * read yet, never deleted.
   */
  complete = false;
  readonly slicer = new TimeSlicer();
  private queue: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>();
  private generation = 0;
  private unloaded = false;
  private cache: IndexCache | undefined;
  private cacheTimer: number | undefined;
  private rebuildTimer: number | undefined;
  /** Modification time and size of each file when it was last read: what the cache is keyed by. */
  private readonly stamps = new Map<string, FileStamp>();

  constructor(
    private readonly app: App,
    private config: LiveIndexConfig,
  ) {
    this.index = new VaultIndex(config.indexOptions);
  }

  /** Keeps the index in `cache` across restarts: read at the next build, written after changes. */
  useCache(cache: IndexCache): void {
    this.cache = cache;
  }

  /**
   * Builds the index (first load, settings change, rebuild command). With a cache saved under
   * the same settings, notes whose modification time and size are unchanged are put back from it
   * and only the others are read; `fromScratch` ignores the cache.
   */
  rebuild(config: LiveIndexConfig = this.config, fromScratch = false): Promise<void> {
    this.config = config;
    const generation = ++this.generation;
    for (const timer of this.waiting.values()) window.clearTimeout(timer);
    this.waiting.clear();
    return this.enqueue(async () => {
      const started = performance.now();
      // The new index is live from the start: the dashboard fills in as the build goes.
      const index = new VaultIndex(config.indexOptions);
      this.index = index;
      this.complete = false;
      this.stamps.clear();
      const files = this.app.vault.getMarkdownFiles().filter((file) => this.includes(file.path));
      const cached = !fromScratch && this.cache && config.cacheKey ? await this.cache.load(config.cacheKey) : new Map<string, { stamp: FileStamp; record: NoteRecord }>();
      const fresh: NoteRecord[] = [];
      const toRead: TFile[] = [];
      for (const file of files) {
        const entry = cached.get(file.path);
        if (entry && sameStamp(entry.stamp, stampOf(file))) {
          fresh.push(entry.record);
          this.stamps.set(file.path, entry.stamp);
        } else toRead.push(file);
      }
      this.emitProgress({ done: 0, total: files.length, finished: false, elapsedMs: 0 });
      const batches: NoteRecord[][] = [];
      for (let from = 0; from < fresh.length; from += RESTORE_BATCH) batches.push(fresh.slice(from, from + RESTORE_BATCH));
      await this.slicer.run(batches, (batch) => index.restore(batch));
      for (let from = 0; from < toRead.length; from += READ_BATCH) {
        if (generation !== this.generation || this.unloaded) return;
        const batch = toRead.slice(from, from + READ_BATCH);
        await this.readInto(index, batch);
        this.emitProgress({ done: fresh.length + Math.min(from + READ_BATCH, toRead.length), total: files.length, finished: false, elapsedMs: performance.now() - started });
        this.notify();
      }
      await this.readStaleNotes();
      this.lastBuild = { restored: fresh.length, read: toRead.length };
      this.complete = true;
      this.emitProgress({ done: files.length, total: files.length, finished: true, elapsedMs: performance.now() - started });
      this.notify();
      this.scheduleCacheSave(0);
    });
  }

  /** A rebuild a moment from now, after the typing in a settings field stops; the index stays as it is meanwhile. */
  rebuildSoon(config: LiveIndexConfig): void {
    window.clearTimeout(this.rebuildTimer);
    this.rebuildTimer = window.setTimeout(() => void this.rebuild(config), REBUILD_DEBOUNCE_MS);
  }

  /** How the last build went: notes put back from the cache, notes read. */
  lastBuild: { restored: number; read: number } = { restored: 0, read: 0 };

  /** Writes the cache now (on unload), if there is one and the index is built. */
  saveCacheNow(): Promise<void> {
    window.clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    if (!this.cache || !this.config.cacheKey) return Promise.resolve();
    return this.cache.save(this.config.cacheKey, this.index.notes(), (path) => this.stamps.get(path)).catch((error: unknown) => {
      console.warn("Linked DevOps Notes: the index cache could not be written", error);
    });
  }

  /** Vault `create` and `modify`: read the file again once its edits settle. */
  fileChanged(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== "md") return;
    const path = file.path;
    window.clearTimeout(this.waiting.get(path));
    this.waiting.set(
      path,
      window.setTimeout(() => {
        this.waiting.delete(path);
        void this.enqueue(async () => {
          const current = this.app.vault.getAbstractFileByPath(path);
          if (!(current instanceof TFile)) return;
          if (!this.includes(path)) return;
          const text = await this.read(current);
          if (text === undefined) return;
          this.index.upsert(path, text);
          await this.readStaleNotes();
          this.notify();
        });
      }, EDIT_DEBOUNCE_MS),
    );
  }

  fileDeleted(file: TAbstractFile): void {
    window.clearTimeout(this.waiting.get(file.path));
    this.waiting.delete(file.path);
    void this.enqueue(async () => {
      this.index.remove(file.path);
      this.stamps.delete(file.path);
      await this.readStaleNotes();
      this.notify();
    });
  }

  fileRenamed(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile) || file.extension !== "md") {
      // A folder moved: its notes each get their own rename event.
      return;
    }
    const hadEdit = this.waiting.has(oldPath);
    window.clearTimeout(this.waiting.get(oldPath));
    this.waiting.delete(oldPath);
    void this.enqueue(async () => {
      const stamp = this.stamps.get(oldPath);
      this.stamps.delete(oldPath);
      if (!this.includes(file.path)) this.index.remove(oldPath);
      else if (this.index.note(oldPath) && !hadEdit) {
        this.index.rename(oldPath, file.path);
        // The text is the one read before: the cache may keep it if the move left the file's stamp alone.
        if (stamp) this.stamps.set(file.path, stamp);
      } else {
        this.index.remove(oldPath);
        const text = await this.read(file);
        if (text !== undefined) this.index.upsert(file.path, text);
      }
      await this.readStaleNotes();
      this.notify();
    });
  }

  /** Called after every change the index takes; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onProgress(listener: (progress: IndexProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  /** Resolves when every queued update has run (tests and commands wait on it). */
  settled(): Promise<void> {
    return this.queue;
  }

  unload(): void {
    this.unloaded = true;
    window.clearTimeout(this.cacheTimer);
    window.clearTimeout(this.rebuildTimer);
    for (const timer of this.waiting.values()) window.clearTimeout(timer);
    this.waiting.clear();
    this.listeners.clear();
    this.progressListeners.clear();
  }

  /** Whether a note is indexed (not in an excluded folder); the editor decorates only those. */
  includes(path: string): boolean {
    return !this.config.excludedFolders.some((folder) => folder !== "" && (path === folder || path.startsWith(folder.replace(/\/+$/, "") + "/")));
  }

  private async read(file: TFile): Promise<string | undefined> {
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

  /** Notes whose mentions predate a concept change are read again, in slices; gone ones leave. */
  private async readStaleNotes(): Promise<void> {
    const stale = this.index.staleNotes();
    if (stale.length === 0) return;
    const files = stale.map((path) => this.app.vault.getAbstractFileByPath(path)).filter((f): f is TFile => f instanceof TFile);
    for (let from = 0; from < files.length; from += READ_BATCH) await this.readInto(this.index, files.slice(from, from + READ_BATCH));
    // Still stale: their file could not be read, or no longer exists.
    for (const path of this.index.staleNotes()) this.index.remove(path);
  }

  /** Reads files at once (cachedRead is async), then upserts them in time slices (the parse is not). */
  private async readInto(index: VaultIndex, files: readonly TFile[]): Promise<void> {
    const texts = await Promise.all(files.map((file) => this.read(file)));
    const read = files.map((file, i) => [file.path, texts[i]] as const);
    await this.slicer.run(read, ([path, text]) => {
      if (text !== undefined) index.upsert(path, text);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: unknown) => console.error("Linked DevOps Notes: index update failed", error));
    return this.queue;
  }

  private notify(): void {
    if (this.unloaded) return;
    this.scheduleCacheSave(CACHE_SAVE_DEBOUNCE_MS);
    for (const listener of this.listeners) listener();
  }

  private scheduleCacheSave(delayMs: number): void {
    if (!this.cache) return;
    window.clearTimeout(this.cacheTimer);
    this.cacheTimer = window.setTimeout(() => void this.saveCacheNow(), delayMs);
  }

  private emitProgress(progress: IndexProgress): void {
    for (const listener of this.progressListeners) listener(progress);
  }
}

function stampOf(file: TFile): FileStamp {
  return { mtime: file.stat.mtime, size: file.stat.size };
}
