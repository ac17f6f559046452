import Fuse, { type IFuseOptions } from "fuse.js";

/**
 * Typo-tolerant matching of a query against the short keys (concept names, note titles, their
 * aliases), with fuse.js.
 *
 * fuse.js compares the query with every string it holds, a few microseconds each: over the
 * fifteen thousand keys of a ten-thousand-note vault that is tens of milliseconds a keystroke.
 * So the keys it sees are first narrowed with a bigram index: a key within `e` edits of a query
 * of `m` characters shares at least `m - 1 - 2e` of its bigrams (the q-gram lemma), and keys that
 * share fewer cannot pass fuse's threshold anyway. fuse then scores the few hundred that remain.
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
  /** fuse's score: 0 is a perfect match, higher is worse. */
  score: number;
}

export class FuzzyMatcher {
  private readonly postings = new Map<string, number[]>();
  private readonly shared: Uint16Array;

  constructor(private readonly keys: readonly string[]) {
    this.shared = new Uint16Array(keys.length);
    keys.forEach((key, id) => {
      for (const gram of bigrams(key)) {
        const list = this.postings.get(gram);
        if (list) list.push(id);
        else this.postings.set(gram, [id]);
      }
    });
  }

  /** Keys within typo distance of `query` (in key form), best first, at most `limit`. */
  match(query: string, limit: number): FuzzyHit[] {
    if (query.length < MIN_FUZZY_LENGTH || query.length > MAX_FUZZY_LENGTH || limit <= 0) return [];
    const grams = bigrams(query);
    const maxErrors = Math.floor(THRESHOLD * query.length);
    const minShared = Math.max(1, grams.size - 2 * maxErrors);
    const candidates = this.candidates(grams, minShared);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates.map((id) => this.keys[id] as string), FUSE_OPTIONS);
    return fuse.search(query, { limit }).map((result) => ({ key: candidates[result.refIndex] as number, score: result.score ?? 1 }));
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
    passing.sort((a, b) => (this.shared[b] as number) - (this.shared[a] as number) || a - b);
    for (const id of touched) this.shared[id] = 0;
    return passing.slice(0, MAX_CANDIDATES);
  }
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}
