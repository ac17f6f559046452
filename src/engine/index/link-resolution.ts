import { normalizeName } from "../text/normalize-text";
import { folderOf, isRelative, joinPath } from "../text/link-names";
import { FolderSet, leadsToFolder } from "./folder-links";

/**
 * Where a link leads, by Obsidian's rules. A link's path (`linkpath`: the target as written,
 * without its `#heading` or `#^block`, markdown links already percent-decoded and unwrapped from
 * `<…>`) is looked up among *every file of the vault* (notes, images, PDFs, canvases, bases …),
 * without case:
 *
 * 1. empty (`[[#Heading]]`): the linking note itself;
 * 2. `/a/b` (vault-absolute): the file at `a/b` from the vault's root;
 * 3. `./a`, `../a` (relative): the file at that path from the linking note's folder; a path
 *    that climbs above the vault leads nowhere;
 * 4. anything else, the first that answers: the file at that path from the linking note's folder
 *    (Obsidian's "relative path" link format), then from the vault's root ("absolute path in
 *    vault"), then by name ("shortest path when possible"): the files whose path ends with the
 *    link's path, at a folder boundary; the one in the linking note's folder, else the shortest
 *    path, else the first in code-unit order.
 *
 * "The file at P" is P itself, else P + `.md` (`[[Docker]]` is `Docker.md`; `[[Board.base]]` is
 * `Board.base`; `[[v1.2]]` is `v1.2.md`); of two files whose paths differ only in case, the one
 * written with the link's case. The table of cases is `test/engine/index/link-resolution.cases.ts`.
 */

/**
 * Answers "which file does this link lead to?". The index asks it for backlinks and missing
 * links. The CLI's is `FileLinkResolver` over the vault's listing; the plugin's can be Obsidian's
 * own, `metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path`.
 */
export interface LinkResolver {
  /** The vault path of the file `linkpath` leads to from the note at `sourcePath`, if any. */
  resolve(linkpath: string, sourcePath: string): string | undefined;
  /**
   * Whether `linkpath` leads nowhere from every note alike (true), to some file from every note
   * (false, though the file may differ by folder), or undefined when that depends on the linking
   * note's folder, or the resolver cannot tell. Lets a pass over every link of the vault judge a
   * target once, not once for each note that writes it.
   */
  missingAnywhere?(linkpath: string): boolean | undefined;
  /** Whether `linkpath`, which leads to no file, names a folder of the vault (folder-links.ts): such a link is no missing note. */
  leadsToFolder?(linkpath: string, sourcePath: string): boolean;
}

/** The rules above over a set of vault paths, kept current one file at a time. */
export class FileLinkResolver implements LinkResolver {
  /** Lower-case path → the files at it (two only where case alone tells them apart). */
  private readonly byPath = new Map<string, string[]>();
  /** Lower-case file name → the file with that name, or the files when there are several, closest first (most names are one file's). */
  private readonly byName = new Map<string, string | string[]>();
  /**
   * Links whose answer does not depend on the linking note's folder (a name without a folder
   * that one file has, or none), answered once until a file comes or goes: the dashboard and the
   * missing-links report ask for every link of the vault, mostly the same targets again, and a
   * lookup with the target's own string (which the index shares among its notes) costs far less
   * than lower-casing and looking up its name again, in maps as large as the vault.
   */
  private anywhere = new Map<string, string | null>();
  /**
   * The other answers for the links of one folder's notes (a name several files share), kept
   * while the notes asked about are that folder's: they are asked about in path order, and a
   * folder's notes link the same shared names (`README`) again and again.
   */
  private inFolder = { folder: "", answers: new Map<string, string | null>() };
  /** `missingAnywhere`'s answers until a file comes or goes: every missing-links pass asks about every target again. */
  private missingEverywhere = new Map<string, boolean>();
  /** The folders of the files known, for `leadsToFolder`. */
  private readonly folders = new FolderSet();

  add(path: string): void {
    const file = normalizeName(path);
    const key = file.toLowerCase();
    const same = this.byPath.get(key);
    if (same?.includes(file)) return;
    this.forgetAnswers();
    this.folders.add(key);
    if (same) same.push(file);
    else this.byPath.set(key, [file]);
    const name = nameOf(key);
    const named = this.byName.get(name);
    if (named === undefined) this.byName.set(name, file);
    else if (typeof named === "string") this.byName.set(name, closer(file, named) ? [file, named] : [named, file]);
    else named.splice(closerCount(named, file), 0, file);
  }

  remove(path: string): void {
    const file = normalizeName(path);
    const key = file.toLowerCase();
    const same = this.byPath.get(key);
    const at = same ? same.indexOf(file) : -1;
    if (!same || at === -1) return;
    this.forgetAnswers();
    this.folders.remove(key);
    same.splice(at, 1);
    if (same.length === 0) this.byPath.delete(key);
    const named = this.byName.get(nameOf(key));
    if (named === file) this.byName.delete(nameOf(key));
    else if (Array.isArray(named)) {
      const at = named.indexOf(file);
      if (at !== -1) named.splice(at, 1);
      if (named.length === 1) this.byName.set(nameOf(key), named[0] as string);
    }
  }

  has(path: string): boolean {
    return this.byPath.get(normalizeName(path).toLowerCase())?.includes(normalizeName(path)) ?? false;
  }

  resolve(linkpath: string, sourcePath: string): string | undefined {
    const link = normalizeName(linkpath.trim());
    if (link === "") return sourcePath === "" ? undefined : normalizeName(sourcePath);
    const known = this.anywhere.get(link);
    if (known !== undefined) return known ?? undefined;
    const folder = folderOf(normalizeName(sourcePath));
    if (link.startsWith("/")) return this.fileAt(link.replace(/^\/+/, ""));
    if (isRelative(link)) {
      const joined = joinPath(folder, link);
      return joined === undefined ? undefined : this.fileAt(joined);
    }
    if (link.includes("/")) return this.byTheRules(link, folder);
    if (this.inFolder.folder !== folder || this.inFolder.answers.size >= ANSWERS_KEPT) this.inFolder = { folder, answers: new Map() };
    const near = this.inFolder.answers.get(link);
    if (near !== undefined) return near ?? undefined;
    const only = this.onlyFileNamed(link);
    if (only !== undefined) return only ?? undefined;
    const answer = this.byTheRules(link, folder);
    this.inFolder.answers.set(link, answer ?? null);
    return answer;
  }

  leadsToFolder(linkpath: string, sourcePath: string): boolean {
    return leadsToFolder(linkpath, sourcePath, (path) => this.folders.has(path));
  }

  /**
   * Only a relative link's answer depends on the folder. Any other is missing from a folder only
   * when no file's path ends with it (the file beside the note, or at the root, would end with
   * it too), and then from every folder, the root among them: its answer from the root is its
   * answer from all. `README`, shared by 250 files, leads somewhere from every folder.
   */
  missingAnywhere(linkpath: string): boolean | undefined {
    const link = normalizeName(linkpath.trim());
    if (link === "") return false;
    if (isRelative(link)) return undefined;
    let missing = this.missingEverywhere.get(link);
    if (missing === undefined) {
      missing = this.resolve(link, "") === undefined;
      if (this.missingEverywhere.size >= ANSWERS_KEPT) this.missingEverywhere = new Map();
      this.missingEverywhere.set(link, missing);
    }
    return missing;
  }

  /**
   * A link without a folder leads to a file of its name or nowhere: when the vault holds one such
   * file, or none, that is the answer whichever rule would find it (most links), remembered in
   * `anywhere`. Undefined when several files have the name, for the rules to pick from.
   */
  private onlyFileNamed(link: string): string | null | undefined {
    const lower = link.toLowerCase();
    const plain = this.byName.get(lower);
    const withMd = this.byName.get(`${lower}.md`);
    let only: string | null | undefined;
    if (plain === undefined) only = withMd === undefined ? null : typeof withMd === "string" ? withMd : undefined;
    else only = withMd === undefined && typeof plain === "string" ? plain : undefined;
    if (only !== undefined) {
      if (this.anywhere.size >= ANSWERS_KEPT) this.anywhere = new Map();
      this.anywhere.set(link, only);
    }
    return only;
  }

  /** Where a link without a leading `/` or `./` leads from `folder`: beside the note, from the root, by name. */
  private byTheRules(link: string, folder: string): string | undefined {
    if (folder !== "") {
      const near = this.fileAt(`${folder}/${link}`);
      if (near) return near;
    }
    return this.fileAt(link) ?? this.byNameEnding(link, folder);
  }

  private forgetAnswers(): void {
    if (this.anywhere.size > 0) this.anywhere = new Map();
    if (this.missingEverywhere.size > 0) this.missingEverywhere = new Map();
    if (this.inFolder.answers.size > 0) this.inFolder = { folder: "", answers: new Map() };
  }

  /** The file at a path from the vault's root: the path itself, else with `.md`. */
  private fileAt(path: string): string | undefined {
    const lower = path.toLowerCase(); // once: on a Korean path it is a call into ICU, not a table
    return pick(this.byPath.get(lower), path) ?? pick(this.byPath.get(`${lower}.md`), `${path}.md`);
  }

  /**
   * The closest of the files whose path ends with `link` at a folder boundary. The files of a
   * name are kept closest first, so a link without a folder (which every file of its name ends
   * with, and none of them in the linking note's folder, or `fileAt` would have found it) takes
   * the first: a name shared by hundreds of files (`README.md`) costs no walk over them all.
   */
  private byNameEnding(link: string, folder: string): string | undefined {
    const lower = link.toLowerCase();
    const name = nameOf(lower);
    const anyFolder = name.length === lower.length;
    let best: string | undefined;
    let bestNear = false;
    for (const named of [this.byName.get(name), this.byName.get(`${name}.md`)]) {
      if (named === undefined) continue;
      if (anyFolder) {
        const first = typeof named === "string" ? named : (named[0] as string);
        if (best === undefined || closer(first, best)) best = first;
        continue;
      }
      for (const candidate of typeof named === "string" ? [named] : named) {
        if (!endsWithPath(candidate.toLowerCase(), lower)) continue;
        const near = folderOf(candidate) === folder;
        if (best === undefined || (near && !bestNear) || (near === bestNear && closer(candidate, best))) {
          best = candidate;
          bestNear = near;
        }
      }
    }
    return best;
  }
}

/** Answers kept at most (about 10 MB): a vault of 100,000 notes links some 400,000 targets. */
const ANSWERS_KEPT = 1 << 18;

/** The file name of a lower-case path (`a/b.md` → `b.md`). */
function nameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Whether a lower-case file path is `link` or `link.md`, or ends with either after a `/`. */
function endsWithPath(path: string, link: string): boolean {
  for (const tail of [link, `${link}.md`]) {
    if (path === tail || (path.endsWith(tail) && path.charCodeAt(path.length - tail.length - 1) === 47 /* / */)) return true;
  }
  return false;
}

/** Of the files at one path (differing in case only): the one written as asked, else the first. */
function pick(files: readonly string[] | undefined, asked: string): string | undefined {
  if (!files || files.length === 0) return undefined;
  if (files.length === 1) return files[0];
  return files.find((file) => file === asked) ?? [...files].sort()[0];
}

/** Shorter paths first, then code-unit order: the same answer whatever order files came in. */
function closer(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/** How many of `files` (closest first) are closer than `file`: where it goes in the list. */
function closerCount(files: readonly string[], file: string): number {
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (closer(files[mid] as string, file)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
