/**
 * Where the fake vault keeps its files: a real folder on disk in unit tests
 * (`test/fakes/node-folder-storage.ts`), memory in the browser page.
 */
export interface VaultStorage {
  /** Every file path, relative to the vault root, `/`-separated. */
  list(): string[];
  read(path: string): string;
  write(path: string, data: string): void;
  remove(path: string): void;
  rename(from: string, to: string): void;
  exists(path: string): boolean;
  mtime(path: string): number;
  mkdir(path: string): void;
}

export class MemoryStorage implements VaultStorage {
  private readonly files = new Map<string, { data: string; mtime: number }>();
  private clock = 1_700_000_000_000;

  constructor(initial: Record<string, string> = {}) {
    for (const [path, data] of Object.entries(initial)) this.write(path, data);
  }
  list(): string[] {
    return [...this.files.keys()];
  }
  read(path: string): string {
    const file = this.files.get(path);
    if (!file) throw new Error(`ENOENT: ${path}`);
    return file.data;
  }
  write(path: string, data: string): void {
    this.files.set(path, { data, mtime: ++this.clock });
  }
  remove(path: string): void {
    this.files.delete(path);
  }
  rename(from: string, to: string): void {
    const file = this.files.get(from);
    if (!file) throw new Error(`ENOENT: ${from}`);
    this.files.delete(from);
    this.files.set(to, { data: file.data, mtime: ++this.clock });
  }
  exists(path: string): boolean {
    return this.files.has(path) || [...this.files.keys()].some((p) => p.startsWith(path + "/"));
  }
  mtime(path: string): number {
    return this.files.get(path)?.mtime ?? 0;
  }
  mkdir(): void {}
}
