import { normalizeName } from "../text/normalize-text";
import type { LinkResolver } from "./link-resolution";
import { isAttachmentName, linkKey, nameKey, targetKey } from "../text/link-names";
import type { NoteIds } from "./note-ids";
import type { NoteRecord } from "./note-record";
import { compareText } from "../text/compare-text";

/** Where a missing link is written. */
export interface LinkLocation {
  path: string;
  /** 1-based line of the link. */
  line: number;
}

export interface UnresolvedLink {
  /** The target as written in the first note (by path) that links it. */
  target: string;
  /** The notes that hold it, with how many times each. */
  sources: Map<string, number>;
  /** Each place it is written, by note and line. */
  locations: LinkLocation[];
}

/** Lists shorter than this are copied to grow, so they take no more room than they hold. */
const SHORT_LIST = 32;

/** One link target of the vault (its path as written, trimmed, NFC): the notes writing it, with how many times each. */
interface LinkTarget {
  key: string;
  /** Note id, count, note id, count …, by note id. */
  sources: number[];
}

/**
 * The links between the vault's files, Dataview's way: the notes that write each target
 * (inverse), and the targets by the file name they end with. A link is kept as written and
 * resolved when asked, by the resolver (Obsidian's rules, `link-resolution.ts`), so creating,
 * deleting or renaming a file never leaves a stale backlink behind. Links and embeds both count,
 * as in Obsidian's `resolvedLinks`. Each target is one entry however many notes write it, and
 * notes are named by their ids.
 */
export class LinkGraph {
  private readonly targets = new Map<string, LinkTarget>();
  /** File name key (`docker` for `../Concepts/Docker.md`) → the targets ending with it. */
  private readonly targetsByName = new Map<string, LinkTarget[]>();

  constructor(
    private readonly notes: NoteIds,
    private readonly resolver: () => LinkResolver,
    /** Whether every file of the vault is known: until it is, a link to an attachment is not judged. */
    private readonly knowsAllFiles: () => boolean,
  ) {}

  /** Counts the note's links; its targets then share the strings of the graph's (one string a target, not one a link). */
  add(note: number, record: NoteRecord): void {
    const targets = record.targets;
    for (let i = 0; i < targets.length; i++) {
      const target = this.count(targets[i] as string, note, 1);
      if (target && target.key === targets[i]) targets[i] = target.key;
    }
  }

  drop(note: number, record: NoteRecord): void {
    for (const target of record.targets) this.count(target, note, -1);
  }

  /** The file a link's path leads to, seen from `fromPath`. */
  resolve(linkpath: string, fromPath: string): string | undefined {
    return this.resolver().resolve(linkpath, fromPath);
  }

  /**
   * Notes linking to `path` (self-links excluded), with how many links each. Only the targets
   * ending with its file name are resolved, each once per note that writes it.
   */
  backlinks(path: string): Map<string, number> {
    const file = normalizeName(path);
    const out = new Map<string, number>();
    for (const target of this.targetsByName.get(nameKey(file)) ?? []) {
      const sources = target.sources;
      for (let i = 0; i < sources.length; i += 2) {
        const source = this.notes.pathOf(sources[i] as number);
        if (source !== file && this.resolve(target.key, source) === file) out.set(source, (out.get(source) ?? 0) + (sources[i + 1] as number));
      }
    }
    return out;
  }

  /**
   * Links that lead to no file, grouped by what they name (without case or `.md`), with the notes
   * and lines that hold them. Each note holding a missing link is read once for its lines.
   */
  unresolved(): UnresolvedLink[] {
    const missingIn = new Map<string, Set<string>>(); // note → its missing target keys
    for (const [note, keys] of this.missingKeysByNote()) missingIn.set(this.notes.pathOf(note), keys);
    const groups = new Map<string, UnresolvedLink>();
    for (const source of [...missingIn.keys()].sort()) {
      const keys = missingIn.get(source) as Set<string>;
      this.notes.record(source)?.forEachLink((target, line) => {
        if (!keys.has(targetKey(target))) return;
        const group = linkKey(target);
        let entry = groups.get(group);
        if (!entry) {
          // Notes come in path order: the spelling kept is the first note's.
          entry = { target, sources: new Map(), locations: [] };
          groups.set(group, entry);
        }
        entry.sources.set(source, (entry.sources.get(source) ?? 0) + 1);
        entry.locations.push({ path: source, line });
      });
    }
    const out = [...groups.values()];
    for (const entry of out) entry.locations.sort((a, b) => compareText(a.path, b.path) || a.line - b.line);
    return out.sort((a, b) => compareText(a.target, b.target) || compareText(linkKey(a.target), linkKey(b.target)));
  }

  /** The missing links among a note's own, each target once, with the line it is first written on. */
  unresolvedOf(path: string): Array<{ target: string; line: number }> {
    const judged = new Map<string, boolean>();
    return this.linksOfNote(path, (key) => {
      let missing = judged.get(key);
      if (missing === undefined) judged.set(key, (missing = this.missing(key, path)));
      return missing;
    });
  }

  /**
   * Every note's missing links, as `unresolvedOf` gives each, found in one pass over the targets
   * (`missingKeysByNote`); only the notes holding a missing link are read for their lines, and
   * notes without one are left out.
   */
  unresolvedByNote(): Map<string, Array<{ target: string; line: number }>> {
    const out = new Map<string, Array<{ target: string; line: number }>>();
    for (const [note, keys] of this.missingKeysByNote()) {
      const path = this.notes.pathOf(note);
      out.set(path, this.linksOfNote(path, (key) => keys.has(key)));
    }
    return out;
  }

  /**
   * The keys of the targets each note writes that lead to no file, by note id: a target whose
   * answer is the same from every folder, as all but relative links' are (the resolver says so
   * through `missingAnywhere`), is judged once, not once for every note that writes it.
   */
  private missingKeysByNote(): Map<number, Set<string>> {
    const resolver = this.resolver();
    const judgesAttachments = this.knowsAllFiles();
    const missingIn = new Map<number, Set<string>>();
    for (const target of this.targets.values()) {
      const everywhere = resolver.missingAnywhere?.(target.key);
      if (everywhere === false || (everywhere === true && !judgesAttachments && isAttachmentName(target.key))) continue;
      const sources = target.sources;
      for (let i = 0; i < sources.length; i += 2) {
        const note = sources[i] as number;
        if (everywhere === undefined ? !this.missing(target.key, this.notes.pathOf(note)) : resolver.leadsToFolder?.(target.key, this.notes.pathOf(note))) continue;
        let keys = missingIn.get(note);
        if (!keys) missingIn.set(note, (keys = new Set()));
        keys.add(target.key);
      }
    }
    return missingIn;
  }

  /** A note's links whose key `missing` names, each target as written once, with the line it is first written on. */
  private linksOfNote(path: string, missing: (key: string) => boolean): Array<{ target: string; line: number }> {
    const out = new Map<string, { target: string; line: number }>(); // a map: a note may hold 10,000 missing links
    this.notes.record(path)?.forEachLink((target, line) => {
      if (!out.has(target) && missing(this.keyOf(target))) out.set(target, { target, line });
    });
    return [...out.values()].sort((a, b) => a.line - b.line);
  }

  /** A target's key: the target itself when the graph holds it so (nearly all are written as their keys), else made. */
  private keyOf(written: string): string {
    return this.targets.has(written) ? written : targetKey(written);
  }

  /** Whether a link leads nowhere from `source`: to no file, and to no folder either (folder-links.ts). */
  private missing(target: string, source: string): boolean {
    if (!this.knowsAllFiles() && isAttachmentName(target)) return false;
    const resolver = this.resolver();
    return resolver.resolve(target, source) === undefined && !resolver.leadsToFolder?.(target, source);
  }

  private count(written: string, note: number, delta: number): LinkTarget | undefined {
    // A target written as its key (trimmed, NFC: nearly all) is found without making the key.
    let target = this.targets.get(written);
    const key = target ? written : targetKey(written);
    if (!target && key !== written) target = this.targets.get(key);
    if (!target) {
      if (delta < 0) return undefined;
      target = { key, sources: [] };
      this.targets.set(key, target);
      const name = nameKey(key);
      const named = this.targetsByName.get(name);
      this.targetsByName.set(name, named ? withItem(named, target) : [target]);
    }
    const sources = target.sources;
    // Binary search over the pairs: the first whose note is not below `note`.
    let lo = 0;
    let hi = sources.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sources[2 * mid] as number) < note) lo = mid + 1;
      else hi = mid;
    }
    const at = 2 * lo;
    if (sources[at] === note) {
      const count = (sources[at + 1] as number) + delta;
      if (count > 0) sources[at + 1] = count;
      else sources.splice(at, 2);
    } else if (delta > 0) {
      // A short list is made anew at its size (most targets have a note or two, and an array
      // grown in place keeps room for sixteen more); a long one grows in place.
      if (sources.length < SHORT_LIST) target.sources = withPair(sources, at, note, delta);
      else sources.splice(at, 0, note, delta);
    }
    if (target.sources.length === 0) this.forget(target);
    return target;
  }

  private forget(target: LinkTarget): void {
    this.targets.delete(target.key);
    const name = nameKey(target.key);
    const named = this.targetsByName.get(name);
    if (!named) return;
    const at = named.indexOf(target);
    if (at !== -1) named.splice(at, 1);
    if (named.length === 0) this.targetsByName.delete(name);
  }
}

/** `list` with `a, b` put in at `at`, in an array of exactly its size. */
function withPair(list: readonly number[], at: number, a: number, b: number): number[] {
  const out = new Array<number>(list.length + 2);
  for (let i = 0; i < at; i++) out[i] = list[i] as number;
  out[at] = a;
  out[at + 1] = b;
  for (let i = at; i < list.length; i++) out[i + 2] = list[i] as number;
  return out;
}

function withItem<T>(list: readonly T[], item: T): T[] {
  const out = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i] as T;
  out[list.length] = item;
  return out;
}
