import { TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { HostedVaultIndex, type IndexOptions, type LinkResolver } from "../../engine/index/hosted-vault-index";
import type { NoteRecord } from "../../engine/index/note-record";
import type { HostMetadata } from "../../engine/parse/host-metadata";
import { ExcludedFiles } from "./excluded-files";
import { readFirstIndex } from "./first-index";
import type { FileStamp, IndexStore, IndexStoreInfo, StoredNote } from "./index-store";
import { MetadataWait, type HandedNote } from "./metadata-wait";
import { TimeSlicer } from "./time-slicer";

/**
 * The engine's index, kept current with the vault. Obsidian is the source of truth for what it
 * has parsed: each note goes in with `metadataCache.getFileCache(file)` (links, embeds, headings,
 * tags, frontmatter), and links are resolved by `getFirstLinkpathDest`; the engine reads the text
 * only for what Obsidian does not know (concept mentions, questions, template fields).
 *
 * Built once after the layout is ready (`first-index.ts`), then kept current from the app's
 * events: `changed` brings an edited note's text and metadata together (nothing is read),
 * deletes and renames come from the vault, and `resolved` or a file that is not a note coming or
 * going tells the index that links may lead elsewhere now. Edits to one note are debounced;
 * every update runs through one queue, so two updates never interleave and a rename always lands
 * after the edits made before it.
 */

export interface LiveIndexConfig {
  indexOptions: IndexOptions;
  excludedFolders: readonly string[];
  /** Names the settings the index was built with: a store saved under another key is not used. */
  cacheKey?: string;
}

export interface IndexProgress {
  done: number;
  total: number;
  /** The first full index is over. */
  finished: boolean;
  elapsedMs: number;
}

/** How long an edited note waits for more edits before it is indexed again. */
const EDIT_DEBOUNCE_MS = 300;
/** Stored records put back at once. */
const RESTORE_BATCH = 100;
/** How long the store waits after the last change before it is written again. */
const STORE_SAVE_DEBOUNCE_MS = 30_000;
/** How long a rebuild asked for by a settings change waits for more typing. */
const REBUILD_DEBOUNCE_MS = 1000;

export class LiveIndex {
  index: HostedVaultIndex;
  /**
   * Whether `index` holds every note: false from the moment a build puts a new, empty index in
   * place until it has read the last note. While false, a note missing from the index is only not
   * read yet, never deleted.
   */
  complete = false;
  readonly slicer = new TimeSlicer();
  /** How the last build went: notes put back from the store, notes read, notes handed over by the app. */
  lastBuild: { restored: number; read: number } = { restored: 0, read: 0 };
  private queue: Promise<void> = Promise.resolve();
  private saving: Promise<void> = Promise.resolve();
  private readonly edits = new Map<string, { timer: number; text: string; metadata: CachedMetadata }>();
  private readonly listeners = new Set<() => void>();
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>();
  private readonly metadataWait = new MetadataWait();
  private excluded: ExcludedFiles;
  private generation = 0;
  private unloaded = false;
  private store: (IndexStore & IndexStoreInfo) | undefined;
  private storeTimer: number | undefined;
  private rebuildTimer: number | undefined;
  /** Modification time and size of each file when it was last read: what the store is keyed by. */
  private readonly stamps = new Map<string, FileStamp>();
  /** Where links lead: the app's own answer. */
  private readonly resolver: LinkResolver;

  constructor(
    private readonly app: App,
    private config: LiveIndexConfig,
  ) {
    this.resolver = { resolve: (linkpath, sourcePath) => app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path };
    this.excluded = new ExcludedFiles(app, config.excludedFolders);
    this.index = this.emptyIndex(config);
  }

  /** Keeps the index in `store` across restarts: read at the next build, written after changes. */
  useStore(store: IndexStore & IndexStoreInfo): void {
    this.store = store;
  }

  /** The store's size and its clearing, for the settings; undefined when the index is kept nowhere. */
  storeInfo(): IndexStoreInfo | undefined {
    return this.store;
  }

  /**
   * Builds the index (first load, settings change, rebuild command). With a store saved under
   * the same settings, notes whose modification time and size are unchanged are put back from it
   * and only the others are read; `fromScratch` ignores the store.
   */
  rebuild(config: LiveIndexConfig = this.config, fromScratch = false): Promise<void> {
    this.config = config;
    this.excluded = new ExcludedFiles(this.app, config.excludedFolders);
    const generation = ++this.generation;
    this.dropEdits();
    return this.enqueue(async () => {
      const started = performance.now();
      // The new index is live from the start: the dashboard fills in as the build goes.
      const index = this.emptyIndex(config);
      this.index = index;
      this.complete = false;
      this.stamps.clear();
      const cancelled = (): boolean => generation !== this.generation || this.unloaded;
      const files = this.app.vault.getMarkdownFiles().filter((file) => this.includes(file.path));
      const stored = !fromScratch && config.cacheKey ? await this.loadStore(config.cacheKey) : new Map<string, StoredNote>();
      const fresh: NoteRecord[] = [];
      const toRead: TFile[] = [];
      for (const file of files) {
        const entry = stored.get(file.path);
        if (entry && sameStamp(entry.stamp, stampOf(file))) {
          fresh.push(entry.record);
          this.stamps.set(file.path, entry.stamp);
        } else toRead.push(file);
      }
      const progress = (done: number, finished = false): void => this.emitProgress({ done, total: files.length, finished, elapsedMs: performance.now() - started });
      progress(0);
      // Every restored concept declared at once: the batches then build no matcher each.
      index.declare(fresh.filter((record) => record.declaredConcept).map((record) => [record.path, record.declaredConcept]));
      const batches: NoteRecord[][] = [];
      for (let from = 0; from < fresh.length; from += RESTORE_BATCH) batches.push(fresh.slice(from, from + RESTORE_BATCH));
      await this.slicer.run(batches, (batch) => index.restore(batch), (batch) => batch.length);
      const handed = await this.metadataWait.forNotes(this.app, toRead);
      if (cancelled()) return;
      await readFirstIndex(toRead, {
        index,
        slicer: this.slicer,
        conceptTag: config.indexOptions.conceptTag ?? "concept",
        read: (file) => this.readOrTake(file, handed),
        metadata: (file) => this.metadataOf(file.path) ?? handed.get(file.path)?.metadata,
        cancelled,
        progress: (done) => {
          progress(fresh.length + done);
          this.notify();
        },
      });
      if (cancelled()) return;
      await this.readStaleNotes();
      this.lastBuild = { restored: fresh.length, read: toRead.length - handed.size };
      this.complete = true;
      progress(files.length, true);
      this.notify();
      this.scheduleStoreSave(0);
    });
  }

  /** A rebuild a moment from now, after the typing in a settings field stops; the index stays as it is meanwhile. */
  rebuildSoon(config: LiveIndexConfig): void {
    window.clearTimeout(this.rebuildTimer);
    this.rebuildTimer = window.setTimeout(() => void this.rebuild(config), REBUILD_DEBOUNCE_MS);
  }

  /** Writes the store now (on unload), if there is one and the index is built; one write at a time. */
  saveStoreNow(): Promise<void> {
    window.clearTimeout(this.storeTimer);
    this.storeTimer = undefined;
    const store = this.store;
    const key = this.config.cacheKey;
    if (!store || !key || !this.complete) return this.saving;
    const index = this.index;
    this.saving = this.saving
      .then(() => store.save(key, index.notes(), (path) => this.stamps.get(path)))
      .catch((error: unknown) => console.warn("Linked DevOps Notes: the index store could not be written", error));
    return this.saving;
  }

  /** metadataCache `changed`: a note's new text and metadata, taken once its edits settle. */
  noteChanged(file: TFile, text: string, metadata: CachedMetadata): void {
    if (file.extension !== "md" || this.metadataWait.take(file, text, metadata)) return;
    const path = file.path;
    window.clearTimeout(this.edits.get(path)?.timer);
    const timer = window.setTimeout(() => {
      const edit = this.edits.get(path);
      this.edits.delete(path);
      if (!edit) return;
      void this.enqueue(async () => {
        const current = this.app.vault.getAbstractFileByPath(path);
        if (!(current instanceof TFile) || !this.includes(path)) return;
        this.stamps.set(path, stampOf(current));
        this.index.upsert(path, edit.text, edit.metadata);
        await this.readStaleNotes();
        this.notify();
      });
    }, EDIT_DEBOUNCE_MS);
    this.edits.set(path, { timer, text, metadata });
  }

  /** metadataCache `resolved`, or a file that is not a note created, deleted or renamed: links may lead elsewhere now. */
  linksResolved(): void {
    this.metadataWait.resolved();
    this.index.resolutionChanged();
    // After an edit, `resolved` follows `changed`: the edit's own update tells the views once.
    if (this.edits.size === 0) this.notify();
  }

  fileCreated(file: TAbstractFile): void {
    // A note's text and metadata come with `changed`; any other file may be what a link was missing.
    if (file instanceof TFile && file.extension !== "md") this.linksResolved();
  }

  fileDeleted(file: TAbstractFile): void {
    if (file instanceof TFile && file.extension !== "md") return this.linksResolved();
    this.dropEdit(file.path);
    void this.enqueue(async () => {
      this.index.remove(file.path);
      this.stamps.delete(file.path);
      await this.readStaleNotes();
      this.notify();
    });
  }

  fileRenamed(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile)) return; // a folder moved: its files each get their own rename event
    if (file.extension !== "md") return this.linksResolved();
    const edit = this.edits.get(oldPath);
    this.dropEdit(oldPath);
    void this.enqueue(async () => {
      const stamp = this.stamps.get(oldPath);
      this.stamps.delete(oldPath);
      if (!this.includes(file.path)) this.index.remove(oldPath);
      else if (this.index.note(oldPath) && !edit) {
        this.index.rename(oldPath, file.path);
        // The text is the one read before: the store may keep it if the move left the file's stamp alone.
        if (stamp) this.stamps.set(file.path, stamp);
      } else {
        this.index.remove(oldPath);
        const text = edit?.text ?? (await this.read(file));
        if (text !== undefined) {
          if (edit) this.stamps.set(file.path, stampOf(file));
          this.index.upsert(file.path, text, this.metadataOf(file.path) ?? edit?.metadata);
        }
      }
      await this.readStaleNotes();
      this.notify();
    });
  }

  /** What the app knows of a note (its metadataCache entry), for parses of it outside the index (the editor's). */
  metadataOf(path: string): HostMetadata | undefined {
    return this.app.metadataCache.getCache(path) ?? undefined;
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

  /** Resolves when every queued update has run, and the store's write under way is done (tests and commands wait on it). */
  async settled(): Promise<void> {
    await this.queue;
    await this.saving;
  }

  /** Stops listening and building; the store is written a last time (the next start reads only the notes changed until then), then closed. */
  unload(): void {
    const store = this.store;
    void this.saveStoreNow().then(() => store?.close?.());
    this.unloaded = true;
    this.metadataWait.cancel();
    window.clearTimeout(this.storeTimer);
    window.clearTimeout(this.rebuildTimer);
    this.dropEdits();
    this.listeners.clear();
    this.progressListeners.clear();
  }

  /** Whether a note is indexed (in no excluded folder, not in Obsidian's excluded files); the editor decorates only those. */
  includes(path: string): boolean {
    return this.excluded.includes(path);
  }

  /** The vault's "Excluded files" list, as the app holds it (for the settings). */
  obsidianExcludedFiles(): string[] {
    return this.excluded.obsidianFilters();
  }

  private emptyIndex(config: LiveIndexConfig): HostedVaultIndex {
    return new HostedVaultIndex(config.indexOptions, { resolver: this.resolver });
  }

  private async loadStore(key: string): Promise<Map<string, StoredNote>> {
    try {
      return (await this.store?.load(key)) ?? new Map<string, StoredNote>();
    } catch (error) {
      // A store that cannot be read only costs a full read of the vault.
      console.warn("Linked DevOps Notes: the index store could not be read; reading the vault", error);
      return new Map<string, StoredNote>();
    }
  }

  /** The text the app handed over while the note was waited for, else the note read now. */
  private readOrTake(file: TFile, handed: ReadonlyMap<string, HandedNote>): Promise<string | undefined> {
    const note = handed.get(file.path);
    if (!note) return this.read(file);
    this.stamps.set(file.path, note.stamp);
    return Promise.resolve(note.text);
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

  /**
   * Notes whose mentions predate a concept change are read again, in slices; gone ones leave.
   * The first index declares every concept before it reads the notes, so only a concept note
   * edited, renamed or deleted later sends notes here.
   */
  private async readStaleNotes(): Promise<void> {
    const stale = this.index.staleNotes();
    if (stale.length === 0) return;
    const files = stale.map((path) => this.app.vault.getAbstractFileByPath(path)).filter((f): f is TFile => f instanceof TFile);
    const texts = await Promise.all(files.map((file) => this.read(file)));
    const entries = files.map((file, i) => [file, texts[i]] as const);
    await this.slicer.run(entries, ([file, text]) => {
      if (text !== undefined) this.index.upsert(file.path, text, this.metadataOf(file.path));
    }, ([, text]) => text?.length ?? 1);
    // Still stale: their file could not be read, or no longer exists.
    for (const path of this.index.staleNotes()) this.index.remove(path);
  }

  private dropEdit(path: string): void {
    window.clearTimeout(this.edits.get(path)?.timer);
    this.edits.delete(path);
  }

  private dropEdits(): void {
    for (const edit of this.edits.values()) window.clearTimeout(edit.timer);
    this.edits.clear();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: unknown) => console.error("Linked DevOps Notes: index update failed", error));
    return this.queue;
  }

  private notify(): void {
    if (this.unloaded) return;
    this.scheduleStoreSave(STORE_SAVE_DEBOUNCE_MS);
    for (const listener of this.listeners) listener();
  }

  private scheduleStoreSave(delayMs: number): void {
    if (!this.store) return;
    window.clearTimeout(this.storeTimer);
    this.storeTimer = window.setTimeout(() => void this.saveStoreNow(), delayMs);
  }

  private emitProgress(progress: IndexProgress): void {
    for (const listener of this.progressListeners) listener(progress);
  }
}

function stampOf(file: TFile): FileStamp {
  return { mtime: file.stat.mtime, size: file.stat.size };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtime === b.mtime && a.size === b.size;
}
