/**
 * A multi-pattern string matcher (Aho–Corasick, compiled to a full DFA): finds every
 * occurrence of every pattern in one pass over the text, one table lookup per character,
 * however many concepts and aliases there are.
 *
 * Characters are folded before lookup: ASCII letters to lower case, tabs and no-break spaces to
 * a space. Characters that occur in no pattern share class 0, which always leads back to the
 * start state, so the transition table only has columns for the alphabet of the patterns.
 *
 * The table holds row offsets (state × classes) rather than state numbers, so the scan never
 * multiplies, and an offset is stored negated (`~offset`) when the state ends a pattern, so the
 * scan tests one sign per character instead of looking up an output list.
 */

/** Hits of one scan, in order of where they end: `patterns[i]` ends at `ends[i]` (exclusive). */
export interface ScanHits {
  count: number;
  patterns: Int32Array;
  ends: Int32Array;
}

export class AhoCorasick {
  private readonly classOf = new Uint16Array(65536);
  private readonly classCount: number;
  private readonly delta: Int32Array;
  /** For each state, the patterns ending there (own and via suffix links), flattened. */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  readonly patternLength: Uint32Array;
  /** Reused from scan to scan (a matcher scans one note at a time), grown as needed. */
  private hits: ScanHits = { count: 0, patterns: new Int32Array(256), ends: new Int32Array(256) };

  constructor(patterns: readonly string[]) {
    // Alphabet: one class per distinct folded character of the patterns.
    let classes = 1;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const c = fold(pattern.charCodeAt(i));
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    for (let c = 65; c <= 90; c++) this.classOf[c] = this.classOf[c + 32] as number;
    this.classOf[9] = this.classOf[32] as number;
    this.classOf[0xa0] = this.classOf[32] as number;
    this.classCount = classes;

    // Trie, its edges kept as (class, child) pairs per state.
    const edges: number[][] = [[]];
    const own: number[][] = [[]];
    this.patternLength = new Uint32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      this.patternLength[index] = pattern.length;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const cls = this.classOf[fold(pattern.charCodeAt(i))] as number;
        const out = edges[state] as number[];
        let next = -1;
        for (let k = 0; k < out.length; k += 2) if (out[k] === cls) next = out[k + 1] as number;
        if (next === -1) {
          next = edges.length;
          edges.push([]);
          own.push([]);
          out.push(cls, next);
        }
        state = next;
      }
      (own[state] as number[]).push(index);
    });

    // Breadth-first, each state's row starts as a copy of its suffix link's row (already
    // complete: links point to shallower states), then its own trie edges are written over it.
    // Entries are written encoded (row offset, negated when the state ends a pattern); a state
    // ends a pattern when it ends one itself or its suffix link does.
    const states = edges.length;
    const delta = new Int32Array(states * classes);
    const fail = new Uint32Array(states);
    const accepting = new Uint8Array(states);
    const outputs: number[][] = own.map((list) => list.slice());
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const row = state * classes;
      const link = fail[state] as number;
      if (state !== 0) {
        delta.copyWithin(row, link * classes, link * classes + classes);
        (outputs[state] as number[]).push(...(outputs[link] as number[]));
      }
      const out = edges[state] as number[];
      for (let k = 0; k < out.length; k += 2) {
        const cls = out[k] as number;
        const next = out[k + 1] as number;
        const linked = state === 0 ? 0 : rowOf(delta[row + cls] as number) / classes;
        fail[next] = linked;
        accepting[next] = (own[next] as number[]).length > 0 || accepting[linked] === 1 ? 1 : 0;
        delta[row + cls] = accepting[next] === 1 ? ~(next * classes) : next * classes;
        queue.push(next);
      }
    }
    this.delta = delta;
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
    const { classOf, delta, classCount, outStart, outList } = this;
    let patterns = this.hits.patterns;
    let ends = this.hits.ends;
    let count = 0;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const next = delta[row + (classOf[text.charCodeAt(i)] as number)] as number;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      const state = row / classCount;
      const to = outStart[state + 1] as number;
      for (let k = outStart[state] as number; k < to; k++) {
        if (count === patterns.length) {
          patterns = grown(patterns);
          ends = grown(ends);
        }
        patterns[count] = outList[k] as number;
        ends[count] = i + 1;
        count++;
      }
    }
    this.hits = { count, patterns, ends };
    return this.hits;
  }
}

/** The row offset an encoded table entry leads to. */
function rowOf(entry: number): number {
  return entry < 0 ? ~entry : entry;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 9 || code === 0xa0) return 32;
  return code;
}
