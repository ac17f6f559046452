import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";

/**
 * Reads every markdown note under a vault folder, as Obsidian would list them: dot-folders
 * (`.obsidian/`, `.trash/`, `.git/`) are skipped; symbolic links are followed, but each file and
 * folder is read once (a symlinked note, or a link loop, never doubles the vault), under its
 * real path when the vault holds it there.
 */

export interface VaultFile {
  /** Path relative to the vault, with `/` separators. */
  path: string;
  text: string;
}

export interface VaultReading {
  files: VaultFile[];
  warnings: Array<{ path: string; message: string }>;
}

/** Files above this size are not read at all: no note is this large. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

interface Candidate {
  path: string;
  real: string;
  /** Reached through a symbolic link (of the file or of a folder above it). */
  viaLink: boolean;
}

export function readVault(root: string): VaultReading {
  const reading: VaultReading = { files: [], warnings: [] };
  const candidates: Candidate[] = [];
  walk(root, "", false, new Set(), candidates, reading);
  const chosen = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const held = chosen.get(candidate.real);
    if (!held || (held.viaLink && !candidate.viaLink)) chosen.set(candidate.real, candidate);
  }
  for (const candidate of candidates) {
    if (chosen.get(candidate.real) === candidate) readNote(candidate, reading);
  }
  return reading;
}

function walk(dir: string, relative: string, viaLink: boolean, ancestors: Set<string>, out: Candidate[], reading: VaultReading): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    if (ancestors.has(real)) return; // a link back into a folder above: a loop
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    reading.warnings.push({ path: relative || ".", message: `folder could not be read: ${messageOf(error)}` });
    return;
  }
  const inside = new Set(ancestors).add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const isLink = entry.isSymbolicLink();
    if (isLink) {
      try {
        const target = statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        reading.warnings.push({ path, message: "broken symbolic link; skipped" });
        continue;
      }
    }
    if (isDir) walk(full, path, viaLink || isLink, inside, out, reading);
    else if (isFile && /\.md$/i.test(entry.name)) {
      try {
        out.push({ path, real: realpathSync(full), viaLink: viaLink || isLink });
      } catch (error) {
        reading.warnings.push({ path, message: `could not be read: ${messageOf(error)}` });
      }
    }
  }
}

function readNote(candidate: Candidate, reading: VaultReading): void {
  try {
    const size = statSync(candidate.real).size;
    if (size > MAX_FILE_BYTES) {
      reading.warnings.push({ path: candidate.path, message: `file of ${Math.round(size / 1048576)} MB is too large to be a note; skipped` });
      return;
    }
    reading.files.push({ path: candidate.path, text: readFileSync(candidate.real, "utf8") });
  } catch (error) {
    reading.warnings.push({ path: candidate.path, message: `could not be read: ${messageOf(error)}` });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
