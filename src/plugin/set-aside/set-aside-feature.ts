import { TFile, type App } from "obsidian";
import { pruneSetAside, renameSetAside } from "../../engine/set-aside/set-aside-marks";
import { notesSetAside, setAside } from "../../engine/set-aside/set-aside-schedule";
import type { PluginData } from "../../engine/plugin-data/plugin-data";

export interface SetAsideHost {
  /** The plugin's data: the marks live in `data.setAside`. */
  data(): PluginData;
  save(): void;
}

/**
 * *Mark reviewed* in the dashboard's queue: the note is set aside (its mark kept in the plugin's
 * data, never in the note) until it changes or its time is over. Marks follow their note when it
 * is renamed, are merged with another device's by the data file, and are pruned once their note
 * is gone.
 */
export class SetAsideFeature {
  /** The clock; tests set it. */
  now: () => number = () => Date.now();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly app: App,
    private readonly host: SetAsideHost,
  ) {}

  /** The notes to keep out of the queue now. */
  notesSetAside(): ReadonlySet<string> {
    return notesSetAside(new Map(Object.entries(this.host.data().setAside)), (path) => this.modifiedAt(path), this.now());
  }

  setAside(path: string): void {
    const marks = this.host.data().setAside;
    marks[path] = setAside(marks[path], this.modifiedAt(path) ?? 0, this.now());
    this.changed();
  }

  /** Vault `rename` of a note or a folder: its marks move with it. */
  renamed(from: string, to: string): void {
    const data = this.host.data();
    const next = renameSetAside(data.setAside, from, to);
    if (next === data.setAside) return;
    data.setAside = { ...next };
    this.changed();
  }

  /** Drops the marks of notes no longer in the vault. Call only once the vault is loaded. */
  prune(): void {
    const data = this.host.data();
    const next = pruneSetAside(data.setAside, (path) => this.app.vault.getAbstractFileByPath(path) instanceof TFile);
    if (next === data.setAside) return;
    data.setAside = { ...next };
    this.changed();
  }

  /** Another device's marks were merged in: views redraw. */
  merged(): void {
    this.notify();
  }

  /** Called after every change of the marks; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private modifiedAt(path: string): number | undefined {
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? file.stat.mtime : undefined;
  }

  private changed(): void {
    this.host.save();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
