/**
 * A multi-pattern string matcher (Aho–Corasick, compiled to a DFA): finds every occurrence of
 * every pattern in one pass over the text, a few table lookups per character, however many
 * concepts and aliases there are.
 *
 * Characters are folded before lookup: ASCII letters to lower case, tabs, no-break spaces and
 * hyphens to a space (so `docker-images` is found by `docker images`, and `kube proxy` by
 * `kube-proxy`). Characters that occur in no pattern share class 0, which always leads back to the
 * start state, so the tables only know the alphabet of the patterns.
 *
 * The DFA is stored mostly sparse. The start state and the states a few characters deep have
 * whole rows. A deeper state's transition on a class is, in most cases, that of the first of those its
 * suffix links lead back to; only the transitions that differ are stored, as a short list per
 * state. With hundreds of Hangul syllables in the alphabet, a full table would hold millions of
 * cells, most of them copies of a few rows; this one stays in the processor's cache and takes a
 * few milliseconds to build. A next state is stored
 * negated (`~state`) when it ends a pattern, so the scan tests one sign per character instead of
 * looking up an output list.
 */

import { doubled } from "../text/doubled-array";
import { scanTables, type ScanHits } from "./automaton-scan";
import { Trie } from "./trie";

export class AhoCorasick {
  private readonly classOf = new Uint16Array(65536);
  /** Whole rows of transitions (encoded), one per class: the start state's and those of the states a few characters deep. */
  private readonly whole: Int32Array;
  /** The state whose whole row is the n-th. */
  private readonly stateOfRow: Int32Array;
  private readonly classCount: number;
  /** Per state, where its own transitions start and end in `edges`, and the offset of the whole row it falls back to. */
  private readonly deepStates: Int32Array;
  /** Transitions of the deeper states: class, next state (encoded), class, next state … */
  private readonly edges: Int32Array;
  /** For each state, the patterns ending there (own and via suffix links), flattened. */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  readonly patternLength: Uint32Array;
  private readonly boundaries: Uint8Array;
  /** Reused from scan to scan (a matcher scans one note at a time), grown as needed. */
  private readonly hits: ScanHits = { count: 0, patterns: new Int32Array(256), ends: new Int32Array(256) };

  constructor(patterns: readonly string[], boundaries?: Uint8Array) {
    this.boundaries = boundaries ?? new Uint8Array(patterns.length);
    // Alphabet: one class per distinct folded character of the patterns.
    let classes = 1;
    let characters = 0;
    for (const pattern of patterns) {
      characters += pattern.length;
      for (let i = 0; i < pattern.length; i++) {
        const c = fold(pattern.charCodeAt(i));
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32] as number;
    for (const c of FOLDED_TO_SPACE) this.classOf[c] = this.classOf[32] as number;
    this.classCount = classes;
    this.patternLength = new Uint32Array(patterns.length);

    // The trie, in flat arrays: each state's first child and next sibling, the class of the edge
    // into it, and the patterns ending there (a list through `nextPattern`).
    const trie = new Trie(characters + 1, patterns.length);
    patterns.forEach((pattern, index) => {
      this.patternLength[index] = pattern.length;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) state = trie.child(state, this.classOf[fold(pattern.charCodeAt(i))] as number);
      trie.end(state, index);
    });
    const states = trie.size;
    const order = trie.breadthFirst();

    // In breadth-first order, each state's transitions are its suffix link's (already complete:
    // links point to shallower states) with its own trie edges written over them. States up to
    // WHOLE_DEPTH characters deep keep whole rows; a deeper state keeps only the transitions that
    // differ from the whole row it falls back to (the first state on its chain of suffix links
    // that has one), usually just its own edges.
    const fail = new Int32Array(states);
    const accepting = new Uint8Array(states);
    const wholeRowOf = new Int32Array(states).fill(-1);
    const rowStates: number[] = [];
    for (const state of order) {
      if ((trie.depth[state] as number) > WHOLE_DEPTH) break;
      wholeRowOf[state] = rowStates.length * classes;
      rowStates.push(state);
    }
    const whole = new Int32Array(rowStates.length * classes);
    const stateOfRow = Int32Array.from(rowStates);
    // Where the scan is, is one number: a state with a whole row is its row's offset (below
    // `whole.length`), any other is `whole.length + state`, so the commonest step (from a state
    // with a whole row) is two lookups, as in a full table. Entries are written in that form
    // from the start, negated (`~`) when the state they lead to ends a pattern.
    const wholeSize = whole.length;
    const stateAt = (entry: number): number => {
      const at = entry < 0 ? ~entry : entry;
      return at < wholeSize ? (stateOfRow[at / classes] as number) : at - wholeSize;
    };
    const fallbackRow = new Int32Array(states);
    // A deeper state's kept transitions: (class, next) pairs at listStart..listEnd in `pairs`.
    const listStart = new Int32Array(states);
    const listEnd = new Int32Array(states);
    let pairs = new Int32Array(Math.max(64, 4 * states));
    let used = 0;
    const transition = (state: number, cls: number): number => {
      const row = wholeRowOf[state] as number;
      if (row !== -1) return stateAt(whole[row + cls] as number);
      for (let at = listStart[state] as number; at < (listEnd[state] as number); at += 2) if (pairs[at] === cls) return stateAt(pairs[at + 1] as number);
      return stateAt(whole[(fallbackRow[state] as number) + cls] as number);
    };
    const encode = (state: number): number => {
      const at = wholeRowOf[state] !== -1 ? (wholeRowOf[state] as number) : wholeSize + state;
      return accepting[state] === 1 ? ~at : at;
    };
    for (const state of order) {
      const link = fail[state] as number;
      const row = wholeRowOf[state] as number;
      if (row !== -1) {
        if (state !== 0) whole.copyWithin(row, wholeRowOf[link] as number, (wholeRowOf[link] as number) + classes);
      } else {
        fallbackRow[state] = wholeRowOf[link] !== -1 ? (wholeRowOf[link] as number) : (fallbackRow[link] as number);
        const inherited = wholeRowOf[link] !== -1 ? 0 : (listEnd[link] as number) - (listStart[link] as number);
        while (used + inherited + 2 * trie.childCount(state) > pairs.length) pairs = doubled(pairs);
        pairs.copyWithin(used, listStart[link] as number, (listStart[link] as number) + inherited);
        listStart[state] = used;
        listEnd[state] = used + inherited;
      }
      for (let child = trie.firstChild[state] as number; child !== -1; child = trie.nextSibling[child] as number) {
        const cls = trie.label[child] as number;
        const linked = state === 0 ? 0 : transition(link, cls);
        fail[child] = linked;
        accepting[child] = trie.firstPattern[child] !== -1 || accepting[linked] === 1 ? 1 : 0;
        if (row !== -1) {
          whole[row + cls] = encode(child);
          continue;
        }
        let at = listStart[state] as number;
        while (at < (listEnd[state] as number) && pairs[at] !== cls) at += 2;
        if (at === listEnd[state]) listEnd[state] = at + 2;
        pairs[at] = cls;
        pairs[at + 1] = encode(child);
      }
      if (row === -1) {
        // Keep only what differs from the row it falls back to.
        let kept = listStart[state] as number;
        for (let at = kept; at < (listEnd[state] as number); at += 2) {
          if (pairs[at + 1] === whole[(fallbackRow[state] as number) + (pairs[at] as number)]) continue;
          pairs[kept] = pairs[at] as number;
          pairs[kept + 1] = pairs[at + 1] as number;
          kept += 2;
        }
        listEnd[state] = kept;
        used = kept;
      }
    }

    this.whole = whole;
    this.edges = pairs.slice(0, used);
    this.stateOfRow = stateOfRow;
    this.deepStates = new Int32Array(3 * states);
    for (let state = 0; state < states; state++) {
      const row = wholeRowOf[state] as number;
      this.deepStates[3 * state] = listStart[state] as number;
      this.deepStates[3 * state + 1] = listEnd[state] as number;
      this.deepStates[3 * state + 2] = row !== -1 ? row : (fallbackRow[state] as number);
    }

    // Patterns ending at each state: its own, then its suffix link's (laid out in breadth-first
    // order, so a link's list is always complete before it is copied).
    const outCount = new Int32Array(states);
    for (const state of order) {
      let own = 0;
      for (let p = trie.firstPattern[state] as number; p !== -1; p = trie.nextPattern[p] as number) own++;
      outCount[state] = own + (state === 0 ? 0 : (outCount[fail[state] as number] as number));
    }
    this.outStart = new Uint32Array(states + 1);
    for (let state = 0; state < states; state++) this.outStart[state + 1] = (this.outStart[state] as number) + (outCount[state] as number);
    this.outList = new Uint32Array(this.outStart[states] as number);
    for (const state of order) {
      let at = this.outStart[state] as number;
      for (let p = trie.firstPattern[state] as number; p !== -1; p = trie.nextPattern[p] as number) this.outList[at++] = p;
      if (state === 0) continue;
      const link = fail[state] as number;
      this.outList.copyWithin(at, this.outStart[link] as number, this.outStart[link + 1]);
    }
  }

  /**
   * Every occurrence of every pattern, in order of where they end. The arrays returned are
   * reused by the next call: read them before scanning again.
   */
  scan(text: string): ScanHits {
    const hits = this.hits;
    hits.count = this.scanInto(text, hits);
    return hits;
  }

  /**
   * The scan itself: fills `hits` (growing its arrays when they are full) and returns how many it
   * found. The loop is a function of its own, given the tables, not a method reading them off
   * `this`. When a matcher that had scanned was collected (a vault's concepts changed, or the
   * bench built the index again), V8 threw the method's optimised code away ("weak objects" in
   * its deopt trace), in the middle of the next build; in one process out of a few, every later
   * build then scanned at twice its time. The loop no longer reads a matcher, so its code stays.
   */
  private scanInto(text: string, hits: ScanHits): number {
    return scanTables(text, hits, this.classOf, this.whole, this.stateOfRow, this.classCount, this.deepStates, this.edges, this.outStart, this.outList, this.boundaries, this.patternLength);
  }
}

/**
 * States this many characters deep or less have whole rows: the scan is in one of them at most
 * characters (prose is full of short runs that start some name: 도커 in 도커는, `con` in
 * `configure`), and there are a few thousand of them, a couple of MB of rows.
 */
const WHOLE_DEPTH = 4;

/** Tab, hyphen, no-break space: written where a space could be, and matched as one. */
const FOLDED_TO_SPACE = [9, 45, 0xa0];

export function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 9 || code === 45 || code === 0xa0) return 32;
  return code;
}
