import type { LinkRef } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import { folderOf, isNoteTarget, linkKey, noteKeys } from "./link-target";
import { addCount, addToSet, deleteFromSet } from "./nested-counts";

export interface UnresolvedLink {
  /** The target as written in the first note (by path) that links it. */
  target: string;
  sources: Map<string, number>;
}

/**
 * The links between notes, Dataview's way: the notes each key names (forward), the notes that
 * link each key (inverse). A link is kept as the key it names and resolved when asked, as
 * Obsidian resolves it (by name anywhere, nearest folder first, or by path), so creating,
 * deleting or renaming a note never leaves a stale backlink behind.
 */
export class LinkGraph {
  private readonly notesByTitle = new Map<string, Set<string>>();
  private readonly notesByPath = new Map<string, string>();
  /** Link key → the notes linking it, with how many links each. */
  private readonly inbound = new Map<string, Map<string, number>>();

  constructor(private readonly linksOf: (path: string) => readonly LinkRef[] | undefined) {}

  add(path: string, links: readonly LinkRef[]): void {
    const keys = noteKeys(path);
    addToSet(this.notesByTitle, keys.title, path);
    this.notesByPath.set(keys.path, path);
    for (const link of links) if (isNoteTarget(link.target)) addCount(this.inbound, linkKey(link.target), path, 1);
  }

  drop(path: string, links: readonly LinkRef[]): void {
    const keys = noteKeys(path);
    deleteFromSet(this.notesByTitle, keys.title, path);
    if (this.notesByPath.get(keys.path) === path) this.notesByPath.delete(keys.path);
    for (const link of links) if (isNoteTarget(link.target)) addCount(this.inbound, linkKey(link.target), path, -1);
  }

  /** Whether some note answers to a link key (without choosing among several). */
  resolvable(key: string): boolean {
    return key.includes("/") ? this.notesByPath.has(key) : (this.notesByTitle.get(key)?.size ?? 0) > 0;
  }

  /** The note a link key resolves to, seen from `fromPath`. */
  resolve(key: string, fromPath?: string): string | undefined {
    if (key.includes("/")) return this.notesByPath.get(key);
    const candidates = this.notesByTitle.get(key);
    if (!candidates || candidates.size === 0) return undefined;
    if (candidates.size === 1) return candidates.values().next().value;
    // The best candidate, found in one pass (no sort: `README` may exist in every folder).
    const folder = fromPath === undefined ? undefined : folderOf(fromPath);
    let best: string | undefined;
    let bestNear = false;
    for (const candidate of candidates) {
      const near = folderOf(candidate) === folder;
      if (best === undefined || (near && !bestNear) || (near === bestNear && (candidate.length < best.length || (candidate.length === best.length && candidate.localeCompare(best) < 0)))) {
        best = candidate;
        bestNear = near;
      }
    }
    return best;
  }

  /** Notes linking to `path` (self-links excluded), with how many links each. */
  backlinks(path: string): Map<string, number> {
    const notePath = normalizeName(path);
    const out = new Map<string, number>();
    const keys = noteKeys(notePath);
    for (const key of new Set([keys.title, keys.path])) {
      const sources = this.inbound.get(key);
      if (!sources) continue;
      for (const [source, count] of sources) {
        if (source === notePath || this.resolve(key, source) !== notePath) continue;
        out.set(source, (out.get(source) ?? 0) + count);
      }
    }
    return out;
  }

  /** Links to notes that do not exist, with the notes that hold them. */
  unresolved(): UnresolvedLink[] {
    const out: UnresolvedLink[] = [];
    // Each note's links as written, by key, read once: a note with 10,000 missing links was
    // searched link by link for each of them.
    const writtenIn = new Map<string, Map<string, string>>();
    const spelling = (path: string, key: string): string | undefined => {
      let byKey = writtenIn.get(path);
      if (!byKey) {
        byKey = new Map();
        for (const link of this.linksOf(path) ?? []) {
          const linked = linkKey(link.target);
          if (!byKey.has(linked)) byKey.set(linked, link.target);
        }
        writtenIn.set(path, byKey);
      }
      return byKey.get(key);
    };
    for (const [key, sources] of this.inbound) {
      if (this.resolve(key) !== undefined) continue;
      let first: string | undefined;
      for (const source of sources.keys()) if (first === undefined || source < first) first = source;
      const written = spelling(first as string, key) ?? key;
      out.push({ target: written, sources: new Map([...sources].sort(([a], [b]) => a.localeCompare(b))) });
    }
    return out.sort((a, b) => a.target.localeCompare(b.target) || linkKey(a.target).localeCompare(linkKey(b.target)));
  }

  /** The unresolved note links among `links`, each target once. */
  unresolvedAmong(links: readonly LinkRef[]): string[] {
    const out = new Set<string>(); // a set: a note may hold 10,000 missing links
    for (const link of links) {
      if (!isNoteTarget(link.target) || out.has(link.target)) continue;
      if (!this.resolvable(linkKey(link.target))) out.add(link.target);
    }
    return [...out];
  }
}
