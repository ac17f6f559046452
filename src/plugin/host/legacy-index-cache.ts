import type { DataAdapter } from "obsidian";
import { INDEX_FORMAT_VERSION } from "../../engine/index/note-record";
import { isStoredRecord, type StoredRecord } from "../../engine/index/stored-record";
import type { FileStamp, IndexStore } from "./index-store";

/**
 * Versions up to 0.1 kept the index in `index-cache.json` in the plugin's folder, which sync
 * services copy to every device and which grew with the vault. Its notes move into the
 * IndexedDB store once, then the file is deleted; a file that cannot be read has nothing worth
 * moving and is deleted too. If the store cannot take them, the file stays for the next start.
 */

interface LegacyCacheFile {
  format: number;
  key: string;
  notes: Record<string, { mtime: number; size: number; record: StoredRecord }>;
}

export const LEGACY_CACHE_FILE = "index-cache.json";

export function moveLegacyCache(adapter: DataAdapter, path: string): (store: IndexStore) => Promise<void> {
  return async (store) => {
    if (!(await adapter.exists(path))) return;
    const file = await readLegacy(adapter, path);
    if (file) {
      const stamps = new Map<string, FileStamp>();
      const records: StoredRecord[] = [];
      for (const [notePath, entry] of Object.entries(file.notes)) {
        if (typeof entry?.mtime !== "number" || typeof entry.size !== "number" || !isStoredRecord(entry.record) || entry.record.path !== notePath) continue;
        stamps.set(notePath, { mtime: entry.mtime, size: entry.size });
        records.push(entry.record);
      }
      await store.save(file.key, records, (notePath) => stamps.get(notePath));
    }
    await adapter.remove(path);
  };
}

async function readLegacy(adapter: DataAdapter, path: string): Promise<LegacyCacheFile | undefined> {
  try {
    const file = JSON.parse(await adapter.read(path)) as Partial<LegacyCacheFile>;
    if (file.format !== INDEX_FORMAT_VERSION || typeof file.key !== "string" || typeof file.notes !== "object" || file.notes === null) return undefined;
    return file as LegacyCacheFile;
  } catch {
    return undefined;
  }
}
