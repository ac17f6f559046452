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
 * The DFA is stored mostly sparse. The start state and the states one character deep have whole
 * rows. A deeper state's transition on a class is, in most cases, that of the first of those its
 * suffix links lead back to; only the transitions that differ are stored, as a short list per
 * state. With hundreds of Hangul syllables in the alphabet, a full table would hold millions of
 * cells, most of them copies of a few rows; this one stays in the processor's cache and takes a
 * few milliseconds to build. A next state is stored
 * negated (`~state`) when it ends a pattern, so the scan tests one sign per character instead of
 * looking up an output list.
 */

/** Hits of one scan, in order of where they end: `patterns[i]` ends at `ends[i]` (exclusive). */
export interface ScanHits {
  count: number;
  patterns: Int32Array;
  ends: Int32Array;
}

/**
 * Per pattern, whether an occurrence needs a boundary: 1, no ASCII letter or digit right before
 * it; 2, none right after it. Tested as the scan finds it, so the many occurrences of short
 * patterns inside longer words (`di` in `directory`) never leave the scan.
 */
export const BOUNDARY_BEFORE = 1;
export const BOUNDARY_AFTER = 2;

const ALNUM = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ALNUM[c] = ALNUM[c + 32] = 1;

export class AhoCorasick {
  private readonly classOf = new Uint16Array(65536);
  /** Whole rows of transitions (encoded), one per class: the start state's and those of the states one character deep. */
  private readonly whole: Int32Array;
  /** The state whose whole row is the n-th. */
  private readonly stateOfRow: Int32Array;
  private readonly classCount: number;
  /**
   * Per state, where its own transitions start in `edges` (they end where the next state's
   * start) and the offset of the whole row it falls back to.
   */
  private readonly deepStates: Int32Array;
  /** Transitions of the deeper states: class, next state (encoded), class, next state … */
  private readonly edges: Int32Array;
  /** For each state, the patterns ending there (own and via suffix links), flattened. */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  readonly patternLength: Uint32Array;
  private readonly boundaries: Uint8Array;
  /** Reused from scan to scan (a matcher scans one note at a time), grown as needed. */
  private hits: ScanHits = { count: 0, patterns: new Int32Array(256), ends: new Int32Array(256) };

  constructor(patterns: readonly string[], boundaries?: Uint8Array) {
    this.boundaries = boundaries ?? new Uint8Array(patterns.length);
    // Alphabet: one class per distinct folded character of the patterns.
    let classes = 1;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const c = fold(pattern.charCodeAt(i));
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32] as number;
    for (const c of FOLDED_TO_SPACE) this.classOf[c] = this.classOf[32] as number;

    // Trie, its edges kept as a map from class to child per state.
    const edges: Array<Map<number, number>> = [new Map<number, number>()];
    const own: number[][] = [[]];
    this.patternLength = new Uint32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      this.patternLength[index] = pattern.length;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const cls = this.classOf[fold(pattern.charCodeAt(i))] as number;
        const out = edges[state] as Map<number, number>;
        let child = out.get(cls);
        if (child === undefined) {
          child = edges.length;
          edges.push(new Map());
          own.push([]);
          out.set(cls, child);
        }
        state = child;
      }
      (own[state] as number[]).push(index);
    });

    // Breadth-first, each state's transitions are its suffix link's (already complete: links
    // point to shallower states) with its own trie edges written over them. The start state and
    // the states one character deep keep whole rows; a deeper state keeps only the transitions
    // that differ from the whole row it falls back to (the first state one character deep or
    // less on its chain of suffix links), usually just its own edges.
    const states = edges.length;
    const fail = new Uint32Array(states);
    const accepting = new Uint8Array(states);
    const outputs: number[][] = own.map((list) => list.slice());
    const wholeRowOf = new Int32Array(states).fill(-1);
    const fallback = new Uint32Array(states);
    const differing: Array<Map<number, number> | undefined> = new Array<Map<number, number> | undefined>(states);
    const wholeStates = [0];
    for (let k = 0, depth = 0; depth < WHOLE_DEPTH; depth++) {
      const end = wholeStates.length;
      for (; k < end; k++) wholeStates.push(...(edges[wholeStates[k] as number] as Map<number, number>).values());
    }
    const whole = new Int32Array(wholeStates.length * classes);
    wholeStates.forEach((state, row) => (wholeRowOf[state] = row * classes));
    const encode = (state: number): number => (accepting[state] === 1 ? ~state : state);
    const transition = (state: number, cls: number): number => {
      const row = wholeRowOf[state] as number;
      if (row !== -1) return decode(whole[row + cls] as number);
      const entry = (differing[state] as Map<number, number>).get(cls);
      return decode(entry ?? (whole[(wholeRowOf[fallback[state] as number] as number) + cls] as number));
    };
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const link = fail[state] as number;
      const row = wholeRowOf[state] as number;
      if (state !== 0) (outputs[state] as number[]).push(...(outputs[link] as number[]));
      if (row !== -1 && state !== 0) whole.copyWithin(row, wholeRowOf[link] as number, (wholeRowOf[link] as number) + classes); // its link's row, then its own edges
      if (row === -1) {
        fallback[state] = wholeRowOf[link] !== -1 ? link : (fallback[link] as number);
        differing[state] = wholeRowOf[link] !== -1 ? new Map() : new Map(differing[link]);
      }
      for (const [cls, child] of edges[state] as Map<number, number>) {
        const linked = state === 0 ? 0 : transition(link, cls);
        fail[child] = linked;
        accepting[child] = (own[child] as number[]).length > 0 || accepting[linked] === 1 ? 1 : 0;
        if (row !== -1) whole[row + cls] = encode(child);
        else (differing[state] as Map<number, number>).set(cls, encode(child));
        queue.push(child);
      }
      const kept = differing[state];
      if (kept) {
        const fallbackRow = wholeRowOf[fallback[state] as number] as number;
        for (const [cls, entry] of kept) if (entry === whole[fallbackRow + cls]) kept.delete(cls);
      }
    }
    const wholeRow = new Int32Array(states);
    for (let state = 0; state < states; state++) wholeRow[state] = wholeRowOf[state] !== -1 ? (wholeRowOf[state] as number) : (wholeRowOf[fallback[state] as number] as number);
    // Where the scan is, is one number: a state with a whole row is its row's offset (below
    // `whole.length`), any other is `whole.length + state`, so the commonest step (from the start
    // state or one character deep) is two lookups, as in a full table.
    const wholeSize = whole.length;
    const recode = (entry: number): number => {
      const state = decode(entry);
      const at = wholeRowOf[state] !== -1 ? (wholeRowOf[state] as number) : wholeSize + state;
      return entry < 0 ? ~at : at;
    };
    for (let k = 0; k < whole.length; k++) whole[k] = recode(whole[k] as number);
    this.whole = whole;
    this.stateOfRow = Int32Array.from(wholeStates);
    this.classCount = classes;
    // A deeper state's own transitions, listed in one array (class, next state) pairs: most
    // states have one or two, so a short search beats any packed table and costs nothing to build.
    let kept = 0;
    for (const row of differing) kept += row?.size ?? 0;
    this.deepStates = new Int32Array(2 * states + 1);
    this.edges = new Int32Array(2 * kept);
    let edge = 0;
    for (let state = 0; state < states; state++) {
      this.deepStates[2 * state] = edge;
      this.deepStates[2 * state + 1] = wholeRow[state] as number;
      for (const [cls, entry] of differing[state] ?? []) {
        this.edges[edge++] = cls;
        this.edges[edge++] = recode(entry);
      }
    }
    this.deepStates[2 * states] = edge;

    this.outStart = new Uint32Array(states + 1);
    let total = 0;
    outputs.forEach((list, state) => {
      this.outStart[state] = total;
      total += list.length;
    });
    this.outStart[states] = total;
    this.outList = new Uint32Array(total);
    let at = 0;
    for (const list of outputs) for (const pattern of list) this.outList[at++] = pattern;
  }

  /**
   * Every occurrence of every pattern, in order of where they end. The arrays returned are
   * reused by the next call: read them before scanning again.
   */
  scan(text: string): ScanHits {
    const { classOf, whole, stateOfRow, classCount, deepStates, edges, outStart, outList, boundaries, patternLength } = this;
    const wholeSize = whole.length;
    let patterns = this.hits.patterns;
    let ends = this.hits.ends;
    let count = 0;
    let at = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)] as number;
      let entry: number;
      if (at < wholeSize) {
        entry = whole[at + cls] as number;
      } else {
        const deep = 2 * (at - wholeSize);
        const last = deepStates[deep + 2] as number;
        let edge = deepStates[deep] as number;
        while (edge < last && edges[edge] !== cls) edge += 2;
        entry = edge < last ? (edges[edge + 1] as number) : (whole[(deepStates[deep + 1] as number) + cls] as number);
      }
      if (entry >= 0) {
        at = entry;
        continue;
      }
      at = ~entry;
      const state = at < wholeSize ? (stateOfRow[at / classCount] as number) : at - wholeSize;
      const to = outStart[state + 1] as number;
      for (let k = outStart[state] as number; k < to; k++) {
        const pattern = outList[k] as number;
        const boundary = boundaries[pattern] as number;
        if (boundary !== 0) {
          if (boundary & BOUNDARY_AFTER && ALNUM[text.charCodeAt(i + 1)] === 1) continue;
          const before = i - (patternLength[pattern] as number);
          if (boundary & BOUNDARY_BEFORE && before >= 0 && ALNUM[text.charCodeAt(before)] === 1) continue;
        }
        if (count === patterns.length) {
          patterns = grown(patterns);
          ends = grown(ends);
        }
        patterns[count] = pattern;
        ends[count] = i + 1;
        count++;
      }
    }
    this.hits = { count, patterns, ends };
    return this.hits;
  }
}

function decode(entry: number): number {
  return entry < 0 ? ~entry : entry;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * States this many characters deep or less have whole rows: the scan is in one of them at most
 * characters (Korean prose is full of syllable pairs that start some name), and they are few.
 */
const WHOLE_DEPTH = 2;

/** Tab, hyphen, no-break space: written where a space could be, and matched as one. */
const FOLDED_TO_SPACE = [9, 45, 0xa0];

export function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 9 || code === 45 || code === 0xa0) return 32;
  return code;
}
