import type { DataAdapter } from "obsidian";
import { INDEX_FORMAT_VERSION, type NoteRecord } from "../../engine/index/note-record";

/**
 * The index as it was when Obsidian last closed, kept in the plugin's folder, so a restart
 * reads again only the notes that changed since (by modification time and size). A cache
 * written by another plugin version, another record format or other index settings is ignored.
 */

export interface FileStamp {
  mtime: number;
  size: number;
}

interface CacheFile {
  format: number;
  key: string;
  notes: Record<string, { mtime: number; size: number; record: NoteRecord }>;
}

export class IndexCache {
  constructor(
    private readonly adapter: DataAdapter,
    private readonly path: string,
  ) {}

  /** The records saved under `key`, by path with their file stamps; empty when there is no usable cache. */
  async load(key: string): Promise<Map<string, { stamp: FileStamp; record: NoteRecord }>> {
    const out = new Map<string, { stamp: FileStamp; record: NoteRecord }>();
    try {
      if (!(await this.adapter.exists(this.path))) return out;
      const file = JSON.parse(await this.adapter.read(this.path)) as Partial<CacheFile>;
      if (file.format !== INDEX_FORMAT_VERSION || file.key !== key || typeof file.notes !== "object" || file.notes === null) return out;
      for (const [path, entry] of Object.entries(file.notes)) {
        if (typeof entry?.mtime === "number" && typeof entry.size === "number" && entry.record?.path === path) {
          out.set(path, { stamp: { mtime: entry.mtime, size: entry.size }, record: entry.record });
        }
      }
    } catch (error) {
      // A damaged cache only costs a full read of the vault.
      console.warn("Linked DevOps Notes: the index cache could not be read; reading the vault", error);
      out.clear();
    }
    return out;
  }

  async save(key: string, records: Iterable<NoteRecord>, stampOf: (path: string) => FileStamp | undefined): Promise<void> {
    const notes: CacheFile["notes"] = {};
    for (const record of records) {
      const stamp = stampOf(record.path);
      if (stamp) notes[record.path] = { ...stamp, record };
    }
    const file: CacheFile = { format: INDEX_FORMAT_VERSION, key, notes };
    await this.adapter.write(this.path, JSON.stringify(file));
  }
}

/** Whether a cached file stamp still describes the file. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.mtime === b.mtime && a.size === b.size;
}
