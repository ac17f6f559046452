import { TFile, TFolder, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { HostedVaultIndex, type IndexOptions, type LinkResolver } from "../../engine/index/hosted-vault-index";
import { leadsToFolder } from "../../engine/index/folder-links";
import type { HostMetadata } from "../../engine/parse/host-metadata";
import { ExcludedFiles } from "./excluded-files";
import { readFirstIndex, restoreStored } from "./first-index";
import type { IndexStore, IndexStoreInfo, StoredNote } from "./index-store";
import { MetadataWait } from "./metadata-wait";
import { NoteReader } from "./note-reader";
import { readFrontmatterWithObsidian } from "./obsidian-frontmatter";
import { PendingEdits } from "./pending-edits";
import { PersistedIndex, type SaveRequest } from "./persisted-index";
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
  /** How the last build went: notes put back from the store, and notes read (those the app handed over while they were waited for are neither). */
  lastBuild: { restored: number; read: number } = { restored: 0, read: 0 };
  private queue: Promise<void> = Promise.resolve();
  private readonly edits = new PendingEdits(EDIT_DEBOUNCE_MS);
  private readonly listeners = new Set<() => void>();
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>();
  private readonly metadataWait = new MetadataWait();
  private excluded: ExcludedFiles;
  private generation = 0;
  private unloaded = false;
  private readonly persisted = new PersistedIndex();
  private rebuildTimer: number | undefined;
  private readonly reader: NoteReader;
  /** Where links lead: the app's own answer. */
  private readonly resolver: LinkResolver;

  constructor(
    private readonly app: App,
    private config: LiveIndexConfig,
  ) {
    this.reader = new NoteReader(app);
    this.resolver = {
      resolve: (linkpath, sourcePath) => app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path,
      leadsToFolder: (linkpath, sourcePath) => leadsToFolder(linkpath, sourcePath, (path) => app.vault.getAbstractFileByPath(path) instanceof TFolder),
    };
    this.excluded = new ExcludedFiles(app, config.excludedFolders);
    this.index = this.emptyIndex(config);
  }

  /** Keeps the index in `store` across restarts: read at the next build, written after changes. */
  useStore(store: IndexStore & IndexStoreInfo): void {
    this.persisted.use(store);
  }

  /** The store's size and its clearing, for the settings; undefined when the index is kept nowhere. */
  storeInfo(): IndexStoreInfo | undefined {
    return this.persisted.info();
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
    this.edits.dropAll();
    return this.enqueue(async () => {
      const started = performance.now();
      // The new index is live from the start: the dashboard fills in as the build goes.
      const index = this.emptyIndex(config);
      this.index = index;
      this.complete = false;
      this.reader.stamps.clear();
      const cancelled = (): boolean => generation !== this.generation || this.unloaded;
      const files = this.app.vault.getMarkdownFiles().filter((file) => this.includes(file.path));
      const stored = fromScratch ? new Map<string, StoredNote>() : await this.persisted.load(config.cacheKey);
      const progress = (done: number, finished = false): void => this.emitProgress({ done, total: files.length, finished, elapsedMs: performance.now() - started });
      progress(0);
      const { restored, toRead } = await restoreStored(index, files, stored, this.slicer, (path, stamp) => this.reader.stamps.set(path, stamp));
      // Only restored records are in the new index yet: the store has them already.
      this.persisted.adopt(index.notes());
      const handed = await this.metadataWait.forNotes(this.app, toRead);
      if (cancelled()) return;
      await readFirstIndex(toRead, {
        index,
        slicer: this.slicer,
        conceptTag: config.indexOptions.conceptTag ?? "concept",
        read: (file) => this.reader.readOrTake(file, handed),
        metadata: (file) => this.metadataOf(file.path) ?? handed.get(file.path)?.metadata,
        cancelled,
        progress: (done) => {
          progress(restored + done);
          this.notify();
        },
      });
      if (cancelled()) return;
      await this.readStaleNotes();
      this.lastBuild = { restored, read: toRead.length - handed.size };
      this.complete = true;
      progress(files.length, true);
      this.notify();
      void this.persisted.saveNow(this.saveRequest());
    });
  }

  /** A rebuild a moment from now, after the typing in a settings field stops; the index stays as it is meanwhile. */
  rebuildSoon(config: LiveIndexConfig): void {
    window.clearTimeout(this.rebuildTimer);
    this.rebuildTimer = window.setTimeout(() => void this.rebuild(config), REBUILD_DEBOUNCE_MS);
  }

  /** Writes the store now, if there is one and the index is built; one write at a time. */
  saveStoreNow(): Promise<void> {
    return this.persisted.saveNow(this.saveRequest());
  }

  /** metadataCache `changed`: a note's new text and metadata, taken once its edits settle. */
  noteChanged(file: TFile, text: string, metadata: CachedMetadata): void {
    if (file.extension !== "md" || this.metadataWait.take(file, text, metadata)) return;
    const path = file.path;
    this.edits.hold(path, { text, metadata }, (edit) => {
      void this.enqueue(async () => {
        const current = this.app.vault.getAbstractFileByPath(path);
        if (!(current instanceof TFile) || !this.includes(path)) return;
        this.reader.took(current);
        this.index.upsert(path, edit.text, edit.metadata);
        await this.readStaleNotes();
        this.notify();
      });
    });
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
    this.edits.take(file.path);
    void this.enqueue(async () => {
      this.index.remove(file.path);
      this.reader.stamps.delete(file.path);
      await this.readStaleNotes();
      this.notify();
    });
  }

  fileRenamed(file: TAbstractFile, oldPath: string): void {
    if (!(file instanceof TFile)) return; // a folder moved: its files each get their own rename event
    if (file.extension !== "md") return this.linksResolved();
    const edit = this.edits.take(oldPath);
    void this.enqueue(async () => {
      const stamp = this.reader.stamps.get(oldPath);
      this.reader.stamps.delete(oldPath);
      if (!this.includes(file.path)) this.index.remove(oldPath);
      else if (this.index.note(oldPath) && !edit) {
        this.index.rename(oldPath, file.path);
        // The text is the one read before: the store may keep it if the move left the file's stamp alone.
        if (stamp) this.reader.stamps.set(file.path, stamp);
      } else {
        this.index.remove(oldPath);
        const text = edit?.text ?? (await this.reader.read(file));
        if (text !== undefined) {
          if (edit) this.reader.took(file);
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
    await this.persisted.settled();
  }

  /** Stops listening and building; the store is written a last time (the next start reads only the notes changed until then), then closed. */
  unload(): void {
    void this.saveStoreNow();
    this.persisted.close();
    this.unloaded = true;
    this.metadataWait.cancel();
    window.clearTimeout(this.rebuildTimer);
    this.edits.dropAll();
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
    return new HostedVaultIndex(config.indexOptions, { resolver: this.resolver, readFrontmatter: readFrontmatterWithObsidian });
  }

  /** What the store is to hold: every record, under the settings' key, once the index is built. */
  private saveRequest(): SaveRequest | undefined {
    const key = this.config.cacheKey;
    if (!key || !this.complete) return undefined;
    return { key, records: this.index.notes(), stampOf: (path) => this.reader.stamps.get(path) };
  }

  private readStaleNotes(): Promise<void> {
    return this.reader.readStale(this.index, this.slicer, (path) => this.metadataOf(path));
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: unknown) => console.error("Linked DevOps Notes: index update failed", error));
    return this.queue;
  }

  private notify(): void {
    if (this.unloaded) return;
    this.persisted.saveSoon(STORE_SAVE_DEBOUNCE_MS, () => this.saveRequest());
    for (const listener of this.listeners) listener();
  }

  private emitProgress(progress: IndexProgress): void {
    for (const listener of this.progressListeners) listener(progress);
  }
}
