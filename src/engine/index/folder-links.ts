import { folderOf, isRelative, joinPath } from "../text/link-names";
import { normalizeName } from "../text/normalize-text";

/**
 * Links to a folder of the vault. Study notes kept in a Git repository and read on GitHub link
 * their chapters by folder (`[다음 장](../03_workloads/)`): GitHub lists that folder, Obsidian
 * resolves the link to no file. Such a link names no note left to write, so the missing-links
 * report leaves it out; backlinks are unchanged (a folder has none).
 */

/**
 * Whether `linkpath`, seen from the note at `sourcePath`, is written as a link to a folder and
 * names one `isFolder` knows, by the rules a link to a file follows (link-resolution.ts): from
 * the root when it starts with `/`, from the note's folder when relative, else beside the note
 * and then from the root.
 */
export function leadsToFolder(linkpath: string, sourcePath: string, isFolder: (path: string) => boolean): boolean {
  const written = normalizeName(linkpath.trim());
  // Written as a folder: with a slash at its end, or relative as a page on GitHub links its
  // neighbours. A bare name (`[[day1]]`) stays a note to write, as Obsidian makes it on a click.
  if (!written.endsWith("/") && !isRelative(written)) return false;
  const link = written.replace(/(.)\/+$/, "$1");
  const folder = folderOf(normalizeName(sourcePath));
  // The vault's root (`/`, or `../` from a folder of the root) is a folder too.
  if (link.startsWith("/")) {
    const path = link.replace(/^\/+/, "");
    return path === "" || isFolder(path);
  }
  if (isRelative(link)) {
    const joined = joinPath(folder, link);
    return joined !== undefined && (joined === "" || isFolder(joined));
  }
  return (folder !== "" && isFolder(`${folder}/${link}`)) || isFolder(link);
}

/**
 * The folders holding the files of a vault (every ancestor of every file), counted so that a
 * folder goes with its last file. Files come as the link resolver keys them, normalised and in
 * lower case, so a path is not lower-cased twice (on a Korean path that is a call into ICU).
 */
export class FolderSet {
  /** Lower-case folder path → how many of the files known lie under it. */
  private readonly files = new Map<string, number>();

  /** `lowerPath`: a file's path, normalised and in lower case. */
  add(lowerPath: string): void {
    for (const folder of foldersOf(lowerPath)) this.files.set(folder, (this.files.get(folder) ?? 0) + 1);
  }

  /** `lowerPath`: as for `add`. */
  remove(lowerPath: string): void {
    for (const folder of foldersOf(lowerPath)) {
      const count = (this.files.get(folder) ?? 0) - 1;
      if (count > 0) this.files.set(folder, count);
      else this.files.delete(folder);
    }
  }

  /** Whether `path` (from the vault's root, any case) is a folder holding a file. */
  has(path: string): boolean {
    return this.files.has(normalizeName(path).toLowerCase());
  }
}

/** `a/b/c.md` → `a`, `a/b`. */
function foldersOf(lower: string): string[] {
  const out: string[] = [];
  for (let at = lower.indexOf("/"); at !== -1; at = lower.indexOf("/", at + 1)) out.push(lower.slice(0, at));
  return out;
}
