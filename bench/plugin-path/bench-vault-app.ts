import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { markdownMetadata, type FakeCachedMetadata } from "../../test/fakes/obsidian/markdown-metadata";
import { MetadataCache } from "../../test/fakes/obsidian/metadata-cache";
import type { VaultStorage } from "../../test/fakes/obsidian/storage";
import { Vault } from "../../test/fakes/obsidian/vault";
import type { TFile } from "../../test/fakes/obsidian/files";

/**
 * The fake Obsidian the bench runs the plugin's live index in, over the bench's generated vault
 * on disk: a vault whose `cachedRead` reads the file asynchronously (as Obsidian's adapter does,
 * off the main thread), and a metadataCache that holds every note's metadata already, computed
 * before the clock starts, as the app has it at layout-ready. What the plugin writes (its cache
 * file, before IndexedDB) stays in memory: the bench vault on disk is never touched.
 */
export interface BenchApp {
  vault: Vault;
  metadataCache: MetadataCache;
  /** Every `cachedRead`, by path, counted. */
  reads: Map<string, number>;
  /** Time taken to compute the metadata the app holds (not part of any figure). */
  metadataMs: number;
}

export function benchVaultApp(dir: string): BenchApp {
  const storage = new DiskVaultStorage(dir);
  const vault = new Vault(storage);
  const started = performance.now();
  const metadata = new Map<string, FakeCachedMetadata>();
  for (const file of vault.getMarkdownFiles()) metadata.set(file.path, markdownMetadata(storage.read(file.path)));
  const metadataMs = performance.now() - started;
  const metadataCache = new MetadataCache(vault, (path, text) => metadata.get(path) ?? markdownMetadata(text));
  const reads = new Map<string, number>();
  vault.cachedRead = (file: TFile) => {
    reads.set(file.path, (reads.get(file.path) ?? 0) + 1);
    return readFile(join(dir, file.path), "utf8");
  };
  return { vault, metadataCache, reads, metadataMs };
}

/** The generated vault's files from disk; writes are kept in memory. */
class DiskVaultStorage implements VaultStorage {
  private readonly written = new Map<string, string>();
  constructor(private readonly root: string) {}

  list(): string[] {
    const out: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".md")) out.push(relative(this.root, full).split("\\").join("/").normalize("NFC"));
      }
    };
    walk(this.root);
    return out;
  }
  read(path: string): string {
    return this.written.get(path) ?? readFileSync(join(this.root, path), "utf8");
  }
  write(path: string, data: string): void {
    this.written.set(path, data);
  }
  remove(path: string): void {
    this.written.delete(path);
  }
  rename(): void {
    throw new Error("the bench renames nothing");
  }
  exists(path: string): boolean {
    return this.written.has(path);
  }
  mtime(path: string): number {
    return this.written.has(path) ? 0 : statSync(join(this.root, path)).mtimeMs;
  }
  mkdir(): void {}
}
