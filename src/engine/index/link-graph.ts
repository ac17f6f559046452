import type { LinkRef } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import type { LinkResolver } from "./link-resolution";
import { isAttachmentName, linkKey, nameKey, targetKey } from "../text/link-names";
import { addCount, addToSet, deleteFromSet } from "./nested-counts";

/** A note's links and embeds, as the graph reads them. */
export interface NoteLinks {
  links: readonly LinkRef[];
  embeds: readonly LinkRef[];
}

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

/**
 * The links between the vault's files, Dataview's way: the notes that write each target
 * (inverse), and the targets by the file name they end with. A link is kept as written and
 * resolved when asked, by the resolver (Obsidian's rules, `link-resolution.ts`), so creating,
 * deleting or renaming a file never leaves a stale backlink behind. Links and embeds both count,
 * as in Obsidian's `resolvedLinks`.
 */
export class LinkGraph {
  /** Target key (the link's path as written, trimmed, NFC) → the notes writing it, with how many times each. */
  private readonly inbound = new Map<string, Map<string, number>>();
  /** File name key (`docker` for `../Concepts/Docker.md`) → the target keys ending with it. */
  private readonly targetsByName = new Map<string, Set<string>>();

  constructor(
    private readonly linksOf: (path: string) => NoteLinks | undefined,
    private readonly resolver: () => LinkResolver,
    /** Whether every file of the vault is known: until it is, a link to an attachment is not judged. */
    private readonly knowsAllFiles: () => boolean,
  ) {}

  add(path: string, note: NoteLinks): void {
    for (const link of note.links) this.count(link.target, path, 1);
    for (const link of note.embeds) this.count(link.target, path, 1);
  }

  drop(path: string, note: NoteLinks): void {
    for (const link of note.links) this.count(link.target, path, -1);
    for (const link of note.embeds) this.count(link.target, path, -1);
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
      for (const [source, count] of this.inbound.get(target) ?? []) {
        if (source !== file && this.resolve(target, source) === file) out.set(source, (out.get(source) ?? 0) + count);
      }
    }
    return out;
  }

  /**
   * Links that lead to no file, grouped by what they name (without case or `.md`), with the notes
   * and lines that hold them. Each target is resolved once per note that writes it, and each
   * note holding a missing link is read once for its lines.
   */
  unresolved(): UnresolvedLink[] {
    const missingIn = new Map<string, Set<string>>(); // note → its missing target keys
    for (const [target, sources] of this.inbound) {
      for (const source of sources.keys()) {
        if (!this.missing(target, source)) continue;
        let keys = missingIn.get(source);
        if (!keys) missingIn.set(source, (keys = new Set()));
        keys.add(target);
      }
    }
    const groups = new Map<string, UnresolvedLink>();
    for (const source of [...missingIn.keys()].sort()) {
      const keys = missingIn.get(source) as Set<string>;
      this.eachLink(source, (link) => {
        if (!keys.has(targetKey(link.target))) return;
        const group = linkKey(link.target);
        let entry = groups.get(group);
        if (!entry) {
          // Notes come in path order: the spelling kept is the first note's.
          entry = { target: link.target, sources: new Map(), locations: [] };
          groups.set(group, entry);
        }
        entry.sources.set(source, (entry.sources.get(source) ?? 0) + 1);
        entry.locations.push({ path: source, line: link.line });
      });
    }
    const out = [...groups.values()];
    for (const entry of out) entry.locations.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
    return out.sort((a, b) => a.target.localeCompare(b.target) || linkKey(a.target).localeCompare(linkKey(b.target)));
  }

  /** The missing links among a note's own, each target once, with the line it is first written on. */
  unresolvedOf(path: string): Array<{ target: string; line: number }> {
    const out = new Map<string, { target: string; line: number }>(); // a map: a note may hold 10,000 missing links
    const judged = new Map<string, boolean>();
    this.eachLink(path, (link) => {
      if (out.has(link.target)) return;
      const key = targetKey(link.target);
      let missing = judged.get(key);
      if (missing === undefined) judged.set(key, (missing = this.missing(key, path)));
      if (missing) out.set(link.target, { target: link.target, line: link.line });
    });
    return [...out.values()].sort((a, b) => a.line - b.line);
  }

  private missing(target: string, source: string): boolean {
    if (!this.knowsAllFiles() && isAttachmentName(target)) return false;
    return this.resolve(target, source) === undefined;
  }

  private count(target: string, source: string, delta: number): void {
    const key = targetKey(target);
    addCount(this.inbound, key, source, delta);
    if (delta > 0) addToSet(this.targetsByName, nameKey(key), key);
    else if (!this.inbound.has(key)) deleteFromSet(this.targetsByName, nameKey(key), key);
  }

  /** Each link then each embed of a note. */
  private eachLink(path: string, visit: (link: LinkRef) => void): void {
    const note = this.linksOf(path);
    if (!note) return;
    for (const link of note.links) visit(link);
    for (const link of note.embeds) visit(link);
  }
}
