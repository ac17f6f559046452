import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { sep } from "node:path";
import { describeSystemError, kindOf } from "./read-regular-file";
import { describeNameBytes } from "./terminal-text";

/**
 * Lists the files of a vault folder as Obsidian would: the markdown notes, to be read, and every
 * other file by name only (images, PDFs, canvases, bases …, which links may lead to); dot-folders (`.obsidian/`,
 * `.trash/`, `.git/`) are skipped, and every real folder is read once, however many ways lead
 * to it. The work is linear in the folders and files there are:
 *
 * - the folder tree itself is walked first, with no `stat` or `realpath` per file; a folder's
 *   identity (device and inode) is one `lstat` per folder, so a bind mount or a link back up
 *   cannot make the walk go round;
 * - symbolic links are set aside while walking and followed after, one `realpath` each: a link to
 *   a folder already read is skipped (a "diamond" of links, two per level, is read once, not
 *   2^depth times), and a note linked from elsewhere is read under its real path;
 * - a link leading out of the vault is not followed (its target is neither read nor named)
 *   unless `followSymlinks` is set.
 *
 * Folders are read by their real paths, so a note's `real` path holds no symbolic link: it can
 * be opened with `O_NOFOLLOW`, and a note swapped for a link during the scan is refused.
 */

export interface NoteLocation {
  /** Path in the vault with `/` separators, through the link that led to it if any. */
  path: string;
  /** Where it is on disk, with no symbolic link in it. */
  real: string;
}

export interface VaultWarning {
  path: string;
  message: string;
}

export interface VaultListing {
  notes: NoteLocation[];
  /** Vault paths of the files that are not notes; never read. */
  otherFiles: string[];
  warnings: VaultWarning[];
  /** Folders read (each real folder counts once). */
  folders: number;
}

interface PendingLink {
  path: string;
  /** The link itself, in a real folder. */
  full: string;
  name: string;
}

interface Walk {
  rootReal: string;
  rootPrefix: string;
  followSymlinks: boolean;
  visited: Set<string>;
  links: PendingLink[];
  notes: NoteLocation[];
  otherFiles: string[];
  warnings: VaultWarning[];
  folders: number;
}

const NOTE_NAME = /\.md$/i;
const DOT = 0x2e;

export function listVault(root: string, options: { followSymlinks?: boolean } = {}): VaultListing {
  const rootReal = realpathSync(root);
  const walk: Walk = {
    rootReal,
    rootPrefix: rootReal.endsWith(sep) ? rootReal : rootReal + sep,
    followSymlinks: options.followSymlinks === true,
    visited: new Set(),
    links: [],
    notes: [],
    otherFiles: [],
    warnings: [],
    folders: 0,
  };
  walkTree(walk, rootReal, "");
  // The queue grows while it is read: a followed folder may hold links of its own.
  for (let i = 0; i < walk.links.length; i++) followLink(walk, walk.links[i] as PendingLink);
  return { notes: readOnce(walk.notes), otherFiles: walk.otherFiles, warnings: walk.warnings, folders: walk.folders };
}

/** Walks a folder and everything under it that is not a link, depth first, by name. */
function walkTree(walk: Walk, topReal: string, topPath: string): void {
  const stack: Array<{ real: string; path: string }> = [{ real: topReal, path: topPath }];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (let folder = stack.pop(); folder !== undefined; folder = stack.pop()) {
    let entries: Array<Dirent<Buffer>>;
    try {
      const stats = lstatSync(folder.real, { bigint: true });
      if (stats.isSymbolicLink()) {
        // Swapped for a link since its parent was listed: followed (or not) like any other link.
        walk.links.push({ path: folder.path, full: folder.real, name: folder.path.slice(folder.path.lastIndexOf("/") + 1) });
        continue;
      }
      const id = `${stats.dev}:${stats.ino}`;
      if (!stats.isDirectory() || walk.visited.has(id)) continue;
      walk.visited.add(id);
      entries = readdirSync(folder.real, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      walk.warnings.push({ path: folder.path || ".", message: `folder could not be read: ${describeSystemError(error)}` });
      continue;
    }
    walk.folders++;
    const named: Array<{ entry: Dirent<Buffer>; name: string }> = [];
    for (const entry of entries) {
      if (entry.name[0] === DOT) continue;
      let name: string;
      try {
        name = decoder.decode(entry.name);
      } catch {
        if (entry.isDirectory() || entry.isSymbolicLink() || NOTE_NAME.test(entry.name.toString("latin1"))) {
          walk.warnings.push({ path: join(folder.path, describeNameBytes(entry.name)), message: "its name is not valid UTF-8, so it cannot be named in the vault; skipped (rename it to read it)" });
        }
        continue;
      }
      named.push({ entry, name });
    }
    named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: Array<{ real: string; path: string }> = [];
    for (const { entry, name } of named) {
      const path = join(folder.path, name);
      const full = folder.real.endsWith(sep) ? folder.real + name : folder.real + sep + name;
      if (entry.isSymbolicLink()) walk.links.push({ path, full, name });
      else if (entry.isDirectory()) subfolders.push({ real: full, path });
      else if (NOTE_NAME.test(name)) {
        if (entry.isFile()) walk.notes.push({ path, real: full });
        else walk.warnings.push({ path, message: `is ${direntKind(entry)}, not a regular file; skipped` });
      } else if (entry.isFile()) walk.otherFiles.push(path);
    }
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i] as { real: string; path: string });
  }
}

function followLink(walk: Walk, link: PendingLink): void {
  let target: string;
  try {
    target = realpathSync(link.full);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === "ENOENT" ? "broken symbolic link; skipped" : code === "ELOOP" ? "symbolic link in a loop of links; skipped" : `symbolic link could not be followed: ${describeSystemError(error)}`;
    walk.warnings.push({ path: link.path, message });
    return;
  }
  const inside = target === walk.rootReal || target.startsWith(walk.rootPrefix);
  let isFolder: boolean;
  let stats;
  try {
    stats = statSync(target);
    isFolder = stats.isDirectory();
  } catch (error) {
    walk.warnings.push({ path: link.path, message: `symbolic link could not be followed: ${describeSystemError(error)}` });
    return;
  }
  if (!isFolder && !NOTE_NAME.test(link.name)) {
    // An attachment: never read, named when it is a file the vault may show.
    if (stats.isFile() && (inside || walk.followSymlinks)) walk.otherFiles.push(link.path);
    return;
  }
  if (!inside && !walk.followSymlinks) {
    walk.warnings.push({ path: link.path, message: "symbolic link to outside the vault; not followed (--follow-symlinks reads it)" });
    return;
  }
  if (isFolder) walkTree(walk, target, link.path);
  else if (stats.isFile()) walk.notes.push({ path: link.path, real: target });
  else walk.warnings.push({ path: link.path, message: `leads to ${kindOf(stats)}, not a regular file; skipped` });
}

/**
 * One location per real file: the first found. The tree is walked before any link is followed,
 * so a note in the vault is read under its own path, not under a link's.
 */
function readOnce(notes: NoteLocation[]): NoteLocation[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    if (seen.has(note.real)) return false;
    seen.add(note.real);
    return true;
  });
}

function join(folder: string, name: string): string {
  return folder === "" ? name : `${folder}/${name}`;
}

function direntKind(entry: Dirent<Buffer>): string {
  if (entry.isFIFO()) return "a FIFO (named pipe)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice()) return "a character device";
  if (entry.isBlockDevice()) return "a block device";
  return "a special file";
}
