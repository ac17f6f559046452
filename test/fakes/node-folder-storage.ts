import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { VaultStorage } from "./obsidian/storage";

/** The fake vault's files in a real folder on disk: what the plugin writes, a test reads back with `fs`. */
export class NodeFolderStorage implements VaultStorage {
  constructor(readonly root: string) {}

  list(): string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else out.push(relative(this.root, full).split("\\").join("/").normalize("NFC"));
      }
    };
    walk(this.root);
    return out;
  }
  read(path: string): string {
    return readFileSync(join(this.root, path), "utf8");
  }
  write(path: string, data: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), data);
  }
  remove(path: string): void {
    rmSync(join(this.root, path), { force: true });
  }
  rename(from: string, to: string): void {
    mkdirSync(dirname(join(this.root, to)), { recursive: true });
    renameSync(join(this.root, from), join(this.root, to));
  }
  exists(path: string): boolean {
    return existsSync(join(this.root, path));
  }
  mtime(path: string): number {
    return existsSync(join(this.root, path)) ? statSync(join(this.root, path)).mtimeMs : 0;
  }
  mkdir(path: string): void {
    mkdirSync(join(this.root, path), { recursive: true });
  }
}
