import { Events } from "./events";
import { TFile } from "./files";
import { linkpathDestination } from "./link-destination";
import { markdownMetadata, type FakeCachedMetadata } from "./markdown-metadata";
import type { Vault, VaultChange } from "./vault";

/**
 * Obsidian's `MetadataCache`: every note's `CachedMetadata` (`markdown-metadata.ts`), where links
 * lead (`link-destination.ts`), and its events. As in the app, a change to the vault is read a
 * moment later (never in the call that made it): `changed` brings the note's text and its new
 * cache, then `resolved` follows once the links are resolved again. Renames move a note's cache
 * without `changed`; deletes fire `deleted`.
 *
 * Fake only: `holdBack(paths)` makes notes' caches not ready yet (as while Obsidian indexes a
 * vault it has just opened), `release()` makes them ready, with their events; `computeCache`
 * supplies a cache computed elsewhere (the bench, as the host would have it already).
 */
export class MetadataCache extends Events {
  /** Obsidian's own flag (not in the public typings): every file's links are resolved. */
  resolved = true;
  private readonly caches = new Map<string, FakeCachedMetadata>();
  private readonly held = new Set<string>();
  private readonly queued = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly vault: Vault,
    private readonly computeCache: (path: string, text: string) => FakeCachedMetadata = (_path, text) => markdownMetadata(text),
  ) {
    super();
    for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, computeCache(file.path, vault.storage.read(file.path)));
    vault.observe((change) => this.vaultChanged(change));
  }

  getFileCache(file: TFile): FakeCachedMetadata | null {
    return this.getCache(file.path);
  }

  getCache(path: string): FakeCachedMetadata | null {
    return this.held.has(path) ? null : (this.caches.get(path) ?? null);
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const path = linkpathDestination(this.vault.getFiles().map((f) => f.path), linkpath, sourcePath);
    const file = path === null ? null : this.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
    const sameName = this.vault.getMarkdownFiles().filter((f) => f.basename.toLowerCase() === file.basename.toLowerCase());
    const text = sameName.length <= 1 ? (file.extension === "md" ? file.basename : file.name) : file.path;
    return omitMdExtension ? text.replace(/\.md$/i, "") : text;
  }

  /**
   * Obsidian's check of its "Excluded files" list (not in the public typings): an entry
   * written `/…/` is a regular expression, any other a start of the path.
   */
  isUserIgnored(path: string): boolean {
    const filters = this.vault.getConfig("userIgnoreFilters");
    if (!Array.isArray(filters)) return false;
    return filters.some((filter) => {
      if (typeof filter !== "string" || filter === "") return false;
      if (filter.length > 2 && filter.startsWith("/") && filter.endsWith("/")) return new RegExp(filter.slice(1, -1)).test(path);
      return path.startsWith(filter);
    });
  }

  /** Fake only: these notes' caches are not ready yet, until `release()`. */
  holdBack(paths: readonly string[]): void {
    for (const path of paths) this.held.add(path);
    this.resolved = false;
  }

  /** Fake only: the held notes are read now, each with its `changed`, then `resolved`. */
  release(): void {
    for (const path of this.held) this.queued.add(path);
    this.held.clear();
    this.flushSoon();
  }

  private vaultChanged(change: VaultChange): void {
    const { file } = change;
    if (change.kind === "rename") {
      const cache = this.caches.get(change.oldPath);
      this.caches.delete(change.oldPath);
      if (cache) this.caches.set(file.path, cache);
      if (this.held.delete(change.oldPath)) this.held.add(file.path);
    } else if (change.kind === "delete") {
      const previous = this.caches.get(file.path) ?? null;
      this.caches.delete(file.path);
      this.held.delete(file.path);
      this.trigger("deleted", file, previous);
    } else if (file instanceof TFile && file.extension === "md") {
      this.queued.add(file.path);
    }
    this.flushSoon();
  }

  private flushSoon(): void {
    this.resolved = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    for (const path of [...this.queued]) {
      this.queued.delete(path);
      if (this.held.has(path)) continue;
      const file = this.vault.getAbstractFileByPath(path);
      if (!(file instanceof TFile)) continue;
      const data = this.vault.storage.read(path);
      const cache = this.computeCache(path, data);
      this.caches.set(path, cache);
      this.trigger("changed", file, data, cache);
    }
    if (this.held.size > 0) return;
    this.resolved = true;
    this.trigger("resolved");
  }
}
