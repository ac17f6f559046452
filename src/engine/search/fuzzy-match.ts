import Fuse, { type IFuseOptions } from "fuse.js";
import { compareCodeUnits } from "../text/compare-text";

/**
 * Typo-tolerant matching of a query against the short keys (concept names, note titles, their
 * aliases), with fuse.js.
 *
 * fuse.js compares the query with every string it holds, a few microseconds each: over the
 * fifteen thousand keys of a ten-thousand-note vault that is tens of milliseconds a keystroke.
 * So the keys it sees are first narrowed with a bigram index: a key within `e` edits of a query
 * of `m` characters shares at least `m - 1 - 2e` of its bigrams (the q-gram lemma), and keys that
 * share fewer cannot pass fuse's threshold anyway. fuse then scores the few hundred that remain.
 *
 * fuse's score alone lets through keys that merely share letters in order: within its threshold
 * `terraform` finds `rust iterators` and `rust` finds `kustomize`. So each of fuse's hits must
 * also pass a floor: the query is compared (edit distance, a swap of two letters counting one)
 * with the start of a word of the key, which a typo rarely changes, and kept only within a few
 * edits for its length (`typoAllowance`).
 */

/** fuse's score is errors per query character (location ignored): 0.4 keeps `dokce` and `dokcer` (2 errors in 5 and 6) on Docker. */
const THRESHOLD = 0.4;
/** Shorter queries are not typos of anything in particular; longer ones are sentences, not names. */
const MIN_FUZZY_LENGTH = 3;
const MAX_FUZZY_LENGTH = 64;
/** Keys handed to fuse, those sharing the most bigrams with the query first. */
const MAX_CANDIDATES = 256;

const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: THRESHOLD,
  // A typo in the second word of a title is as likely as in the first.
  ignoreLocation: true,
  // Keys are lowercased already.
  isCaseSensitive: true,
};

export interface FuzzyHit {
  /** Index of the key in the list the matcher was built from. */
  key: number;
  /** Edits from the query to the start of a word of the key, plus fuse's score (0 to 1): lower is better. */
  score: number;
}

export class FuzzyMatcher {
  private readonly postings = new Map<string, number[]>();
  private readonly shared: Uint16Array;
  /** Keys in the bigram index so far. */
  private indexed = 0;

  constructor(private readonly keys: readonly string[]) {
    this.shared = new Uint16Array(keys.length);
  }

  /**
   * Indexes keys until all are (true) or `shouldStop` says so, asked every 1024 keys: indexing
   * fifteen thousand names at once takes tens of milliseconds, which a shell spreads over frames.
   */
  indexSome(shouldStop: () => boolean = () => false): boolean {
    const { keys, postings } = this;
    while (this.indexed < keys.length) {
      const end = Math.min(this.indexed + 1024, keys.length);
      for (; this.indexed < end; this.indexed++) {
        for (const gram of bigrams(keys[this.indexed] as string)) {
          const list = postings.get(gram);
          if (list) list.push(this.indexed);
          else postings.set(gram, [this.indexed]);
        }
      }
      if (this.indexed < keys.length && shouldStop()) return false;
    }
    return true;
  }

  /** Keys within typo distance of `query` (in key form), best first, at most `limit`. */
  match(query: string, limit: number): FuzzyHit[] {
    this.indexSome();
    if (query.length < MIN_FUZZY_LENGTH || query.length > MAX_FUZZY_LENGTH || limit <= 0) return [];
    const grams = bigrams(query);
    const maxErrors = Math.floor(THRESHOLD * query.length);
    const minShared = Math.max(1, grams.size - 2 * maxErrors);
    const candidates = this.candidates(grams, minShared);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates.map((id) => this.keys[id] as string), FUSE_OPTIONS);
    const allowed = typoAllowance(query.length);
    const hits: FuzzyHit[] = [];
    for (const result of fuse.search(query, { limit })) {
      const key = candidates[result.refIndex] as number;
      const edits = typoDistance(query, this.keys[key] as string, allowed);
      if (edits <= allowed) hits.push({ key, score: edits + (result.score ?? 1) });
    }
    return hits.sort((a, b) => a.score - b.score || a.key - b.key);
  }

  /** Keys sharing at least `minShared` of the query's bigrams, most shared first, then by index. */
  private candidates(grams: Set<string>, minShared: number): number[] {
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.postings.get(gram) ?? []) {
        if (this.shared[id] === 0) touched.push(id);
        this.shared[id] = (this.shared[id] as number) + 1;
      }
    }
    const passing = touched.filter((id) => (this.shared[id] as number) >= minShared);
    // Ties by the key's text, not its place: the same keys whatever order the notes were read in.
    passing.sort((a, b) => (this.shared[b] as number) - (this.shared[a] as number) || compareCodeUnits(this.keys[a] as string, this.keys[b] as string) || a - b);
    for (const id of touched) this.shared[id] = 0;
    return passing.slice(0, MAX_CANDIDATES);
  }
}

/** Edits a typo of a query this long may hold: one in a short word, two or three in a long one. */
export function typoAllowance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The fewest edits (insert, delete, substitute, or swap two neighbours) that turn `query` into
 * the start of some word of `key`, or `limit + 1` when every word needs more. A short query must
 * also begin with the word's first letter: `dok` is a typo of `docker`, `rust` is not of `kustomize`.
 */
export function typoDistance(query: string, key: string, limit: number): number {
  let best = limit + 1;
  for (let start = 0; start < key.length; start++) {
    if (start > 0 && key.charCodeAt(start - 1) !== SPACE) continue;
    if (query.length <= 5 && key.charCodeAt(start) !== query.charCodeAt(0)) continue;
    best = Math.min(best, prefixDistance(query, key, start, best - 1));
    if (best === 0) break;
  }
  return best;
}

const SPACE = 32;

/** Optimal string alignment distance from `query` to the best prefix of `key` from `start`, capped at `limit + 1`. */
function prefixDistance(query: string, key: string, start: number, limit: number): number {
  const m = query.length;
  const n = Math.min(key.length - start, m + limit);
  if (n < 0) return limit + 1;
  let before = new Array<number>(n + 1);
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= n; j++) {
      const q = query.charCodeAt(i - 1);
      const k = key.charCodeAt(start + j - 1);
      let cell = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (q === k ? 0 : 1));
      if (i > 1 && j > 1 && q === key.charCodeAt(start + j - 2) && query.charCodeAt(i - 2) === k) cell = Math.min(cell, (before[j - 2] as number) + 1);
      current[j] = cell;
      if (cell < rowBest) rowBest = cell;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  let best = limit + 1;
  for (let j = 0; j <= n; j++) best = Math.min(best, previous[j] as number);
  return best;
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}
