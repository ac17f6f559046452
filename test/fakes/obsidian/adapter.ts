import type { VaultStorage } from "./storage";

/** Obsidian's `DataAdapter`: raw file access by vault path, the config folder included. */
export class DataAdapter {
  constructor(private readonly storage: VaultStorage) {}
  getName(): string {
    return "fake";
  }
  async exists(path: string): Promise<boolean> {
    return this.storage.exists(path);
  }
  async read(path: string): Promise<string> {
    return this.storage.read(path);
  }
  async write(path: string, data: string): Promise<void> {
    this.storage.write(path, data);
  }
  async remove(path: string): Promise<void> {
    this.storage.remove(path);
  }
  async mkdir(path: string): Promise<void> {
    this.storage.mkdir(path);
  }
}
