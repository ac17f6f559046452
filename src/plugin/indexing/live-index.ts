import { TFile, type App, type TAbstractFile } from "obsidian";
import { VaultIndex, type IndexOptions } from "../../engine/index/vault-index";
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

export class LiveIndex {
  index: VaultIndex;
  readonly slicer = new TimeSlicer();
  private queue: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<() => void>();
  private readonly progressListeners = new Set<(progress: IndexProgress) => void>();
  private generation = 0;
  private unloaded = false;

  constructor(
    private readonly app: App,
    private config: LiveIndexConfig,
  ) {
    this.index = new VaultIndex(config.indexOptions);
  }

  /** Builds the index from scratch (first load, settings change, rebuild command). */
  rebuild(config: LiveIndexConfig = this.config): Promise<void> {
    this.config = config;
    const generation = ++this.generation;
    for (const timer of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    return this.enqueue(async () => {
      const started = performance.now();
      // The new index is live from the start: the dashboard fills in as the build goes.
      const index = new VaultIndex(config.indexOptions);
      this.index = index;
      const files = this.app.vault.getMarkdownFiles().filter((file) => this.includes(file.path));
      this.emitProgress({ done: 0, total: files.length, finished: false, elapsedMs: 0 });
      for (let from = 0; from < files.length; from += READ_BATCH) {
        if (generation !== this.generation || this.unloaded) return;
        const batch = files.slice(from, from + READ_BATCH);
        const texts = await Promise.all(batch.map((file) => this.read(file)));
        await this.slicer.run(batch, (file) => {
          const text = texts[batch.indexOf(file)];
          if (text !== undefined) index.upsert(file.path, text);
        });
        this.emitProgress({ done: Math.min(from + READ_BATCH, files.length), total: files.length, finished: false, elapsedMs: performance.now() - started });
        this.notify();
      }
      await this.readStaleNotes();
      this.emitProgress({ done: files.length, total: files.length, finished: true, elapsedMs: performance.now() - started });
      this.notify();
    });
  }

  /** Vault `create` and `modify`: read the file again once its edits settle. */
  fileChanged(file: TAbstractFile): void {
    if (!(file instanceof TFile) || file.extension !== "md") return;
    const path = file.path;
    clearTimeout(this.waiting.get(path));
    this.waiting.set(
      path,
      setTimeout(() => {
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
    clearTimeout(this.waiting.get(file.path));
    this.waiting.delete(file.path);
    void this.enqueue(async () => {
      this.index.remove(file.path);
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
    clearTimeout(this.waiting.get(oldPath));
    this.waiting.delete(oldPath);
    void this.enqueue(async () => {
      if (!this.includes(file.path)) this.index.remove(oldPath);
      else if (this.index.note(oldPath) && !hadEdit) this.index.rename(oldPath, file.path);
      else {
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
    for (const timer of this.waiting.values()) clearTimeout(timer);
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
      return await this.app.vault.cachedRead(file);
    } catch (error) {
      console.warn(`Linked DevOps Notes: could not read ${file.path}`, error);
      return undefined;
    }
  }

  /** Notes whose mentions predate a concept change are read again, in slices. */
  private async readStaleNotes(): Promise<void> {
    const stale = this.index.staleNotes();
    if (stale.length === 0) return;
    const files = stale.map((path) => this.app.vault.getAbstractFileByPath(path)).filter((f): f is TFile => f instanceof TFile);
    const texts = new Map<string, string>();
    for (const file of files) {
      const text = await this.read(file);
      if (text !== undefined) texts.set(file.path, text);
    }
    await this.slicer.run(files, (file) => {
      const text = texts.get(file.path);
      if (text !== undefined) this.index.upsert(file.path, text);
    });
    for (const path of this.index.staleNotes()) if (!texts.has(path)) this.index.remove(path);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((error: unknown) => console.error("Linked DevOps Notes: index update failed", error));
    return this.queue;
  }

  private notify(): void {
    if (this.unloaded) return;
    for (const listener of this.listeners) listener();
  }

  private emitProgress(progress: IndexProgress): void {
    for (const listener of this.progressListeners) listener(progress);
  }
}
