import { mergePluginData, type MergedPluginData } from "../../engine/plugin-data/merge-plugin-data";
import { emptyPluginData, readPluginData, type PluginData, type ReadPluginData } from "../../engine/plugin-data/plugin-data";
import { SETTINGS, type PluginSettings } from "../../engine/plugin-data/plugin-settings";

/** Where the data lives: the plugin's `loadData`/`saveData` (its `data.json`). */
export interface DataStore {
  loadData(): Promise<unknown>;
  saveData(data: unknown): Promise<void>;
}

/**
 * The plugin's `data.json`, kept safe from sync. A sync tool (Obsidian Sync, iCloud, Syncthing)
 * may replace the file at any moment with another device's, so:
 * - nothing is ever written before the file is read: a save reads it first, and when it is not
 *   what we last read or wrote, merges it in (`mergePluginData`) before writing;
 * - saves start at once (a grade is on disk before the next one is given), one at a time, and
 *   the ones asked for while another waits are made as one;
 * - a setting's change time is taken when it is saved, so merges can tell the newer value.
 * Everyone reads `data` live: merges change it in place (its `settings` object included).
 */
export class PluginDataFile {
  data: PluginData = emptyPluginData();
  /** The clock of change times; tests set it. */
  now: () => number = () => Date.now();
  /** `data.json` as we last read or wrote it (JSON, no spacing). */
  private lastSeen: string | undefined;
  /** The settings as last saved: a value that differs from it was changed since. */
  private savedSettings: string[] = [];
  private chain: Promise<void> = Promise.resolve();
  private saveQueued = false;
  private readonly listeners = new Set<(merge: MergedPluginData) => void>();

  constructor(private readonly store: DataStore) {}

  /** Reads the file at load; tells how its review cards read, for the copy of a damaged schedule. */
  async load(): Promise<ReadPluginData> {
    const raw = await this.store.loadData();
    this.lastSeen = JSON.stringify(raw ?? null);
    const read = readPluginData(raw);
    this.data = read.data;
    this.savedSettings = snapshot(this.data.settings);
    return read;
  }

  /** Saves as soon as the saves before it are done; resolves once this change is on disk. */
  requestSave(): Promise<void> {
    if (this.saveQueued) return this.chain;
    this.saveQueued = true;
    return this.enqueue(async () => {
      this.saveQueued = false;
      await this.readChanged();
      await this.write();
    });
  }

  /** `data.json` changed on disk (a sync): merged in, and written back if ours held something theirs did not. */
  readExternalChange(): Promise<void> {
    return this.enqueue(async () => {
      const theirs = await this.readChanged();
      if (theirs && JSON.stringify(this.data) !== JSON.stringify(theirs)) await this.write();
    });
  }

  /** Resolves when every save asked for so far has landed. */
  flush(): Promise<void> {
    return this.chain;
  }

  /** Called after every merge of another device's data; returns the unsubscribe function. */
  onMerge(listener: (merge: MergedPluginData) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads the file; when it changed since we last saw it, merges it in. Returns their data then.
   * A file that is gone or holds no object (deleted, half synced) has nothing to merge: ours is
   * written in its place.
   */
  private async readChanged(): Promise<PluginData | undefined> {
    this.stampChangedSettings();
    const raw = await this.readFile();
    const text = JSON.stringify(raw ?? null);
    if (text === this.lastSeen) return undefined;
    this.lastSeen = text;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
    const theirs = readPluginData(raw).data;
    const merge = mergePluginData(this.data, theirs);
    Object.assign(this.data.settings, merge.data.settings);
    this.data.settingsChangedAt = merge.data.settingsChangedAt;
    this.data.setAside = merge.data.setAside;
    this.data.reviewCards = merge.data.reviewCards;
    this.savedSettings = snapshot(this.data.settings);
    for (const listener of this.listeners) listener(merge);
    return theirs;
  }

  private async readFile(): Promise<unknown> {
    try {
      return await this.store.loadData();
    } catch (error) {
      console.warn("Linked DevOps Notes: data.json could not be read; it is written anew", error);
      return null;
    }
  }

  private async write(): Promise<void> {
    this.stampChangedSettings();
    // What is written is taken now: `saveData` writes the object as it is when called.
    const written = JSON.stringify(this.data);
    await this.store.saveData(this.data);
    this.lastSeen = written;
  }

  /** Every setting changed since the last save gets the time of this save. */
  private stampChangedSettings(): void {
    const now = snapshot(this.data.settings);
    SETTINGS.forEach(({ key }, i) => {
      if (now[i] !== this.savedSettings[i]) this.data.settingsChangedAt[key] = this.now();
    });
    this.savedSettings = now;
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task).catch((error: unknown) => {
      this.saveQueued = false;
      console.error("Linked DevOps Notes: the plugin's data could not be saved", error);
    });
    return this.chain;
  }
}

function snapshot(settings: PluginSettings): string[] {
  return SETTINGS.map(({ key }) => JSON.stringify(settings[key]));
}
