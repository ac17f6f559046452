import { DataAdapter } from "./adapter";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder, normalizePath } from "./files";
import type { VaultStorage } from "./storage";

/** A change to the vault, as the fake metadataCache learns of it (Obsidian's cache watches the vault itself). */
export type VaultChange = { kind: "create" | "modify" | "delete"; file: TAbstractFile } | { kind: "rename"; file: TAbstractFile; oldPath: string };

/** Obsidian's `Vault`, as far as the plugin uses it, over a {@link VaultStorage}. */
export class Vault extends Events {
  configDir = ".obsidian";
  readonly adapter: DataAdapter;
  private readonly files = new Map<string, TAbstractFile>();
  private readonly observers: Array<(change: VaultChange) => void> = [];
  /** Fake only: every write made through the vault, in order. */
  readonly writes: Array<{ path: string; via: "process" | "create" | "modify" }> = [];

  constructor(readonly storage: VaultStorage) {
    super();
    this.adapter = new DataAdapter(storage);
    for (const path of storage.list()) {
      if (path.startsWith(this.configDir + "/")) continue;
      this.track(path);
    }
  }

  /** Fake only: told of every change after the vault's own event (not a listener: lifecycle tests count those). */
  observe(observer: (change: VaultChange) => void): void {
    this.observers.push(observer);
  }

  /**
   * Obsidian's vault options (not in the public typings), as `app.json` in the config folder
   * holds them: `userIgnoreFilters` is the "Excluded files" list of Options → Files and links.
   */
  getConfig(key: string): unknown {
    const path = `${this.configDir}/app.json`;
    if (!this.storage.exists(path)) return undefined;
    try {
      return (JSON.parse(this.storage.read(path)) as Record<string, unknown>)[key];
    } catch {
      return undefined;
    }
  }

  getName(): string {
    return "fake vault";
  }

  getMarkdownFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile && f.extension === "md");
  }

  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(normalizePath(path)) ?? null;
  }

  async read(file: TFile): Promise<string> {
    return this.storage.read(file.path);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.storage.read(file.path);
  }

  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(this.storage.read(file.path));
    this.storage.write(file.path, next);
    this.writes.push({ path: file.path, via: "process" });
    this.refreshStat(file);
    this.trigger("modify", file);
    this.tell({ kind: "modify", file });
    return next;
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.storage.write(file.path, data);
    this.writes.push({ path: file.path, via: "modify" });
    this.refreshStat(file);
    this.trigger("modify", file);
    this.tell({ kind: "modify", file });
  }

  async create(path: string, data: string): Promise<TFile> {
    const normal = normalizePath(path);
    if (this.files.has(normal)) throw new Error("File already exists.");
    this.storage.write(normal, data);
    this.writes.push({ path: normal, via: "create" });
    const file = this.track(normal);
    this.trigger("create", file);
    this.tell({ kind: "create", file });
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    const normal = normalizePath(path);
    if (this.files.has(normal)) throw new Error("Folder already exists.");
    this.storage.mkdir(normal);
    const folder = new TFolder(normal);
    this.files.set(normal, folder);
    this.trigger("create", folder);
    return folder;
  }

  async delete(file: TAbstractFile): Promise<void> {
    this.storage.remove(file.path);
    this.files.delete(file.path);
    this.trigger("delete", file);
    this.tell({ kind: "delete", file });
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    const oldPath = file.path;
    const normal = normalizePath(newPath);
    this.storage.rename(oldPath, normal);
    this.files.delete(oldPath);
    file.setPath(normal);
    this.files.set(normal, file);
    this.holdFoldersOf(normal);
    if (file instanceof TFile) this.refreshStat(file);
    this.trigger("rename", file, oldPath);
    this.tell({ kind: "rename", file, oldPath });
  }

  private tell(change: VaultChange): void {
    for (const observer of this.observers) observer(change);
  }

  private track(path: string): TFile {
    const file = new TFile(path);
    this.refreshStat(file);
    this.files.set(path, file);
    this.holdFoldersOf(path);
    return file;
  }

  /** Obsidian knows every folder that holds a file: `getAbstractFileByPath` answers a TFolder for it. */
  private holdFoldersOf(path: string): void {
    for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1)) {
      const folder = path.slice(0, at);
      if (!this.files.has(folder)) this.files.set(folder, new TFolder(folder));
    }
  }

  private refreshStat(file: TFile): void {
    file.stat = { ctime: file.stat.ctime || this.storage.mtime(file.path), mtime: this.storage.mtime(file.path), size: this.storage.read(file.path).length };
  }
}
