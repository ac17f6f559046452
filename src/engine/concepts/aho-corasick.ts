/**
 * A multi-pattern string matcher (Aho–Corasick, compiled to a full DFA): finds every
 * occurrence of every pattern in one pass over the text, one table lookup per character,
 * however many concepts and aliases there are.
 *
 * Characters are folded before lookup: ASCII letters to lower case, tabs and no-break spaces to
 * a space. Characters that occur in no pattern share class 0, which always leads back to the
 * start state, so the transition table only has columns for the alphabet of the patterns.
 */

export interface PatternHit {
  pattern: number;
  start: number;
  end: number;
}

export class AhoCorasick {
  private readonly classOf = new Uint16Array(65536);
  private readonly classCount: number;
  private readonly delta: Uint16Array | Uint32Array;
  /** For each state, the patterns ending there (own and via suffix links), flattened. */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  private readonly patternLength: Uint32Array;

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

    // Trie.
    const children: Array<Map<number, number>> = [new Map()];
    const own: number[][] = [[]];
    this.patternLength = new Uint32Array(patterns.length);
    patterns.forEach((pattern, index) => {
      this.patternLength[index] = pattern.length;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const cls = this.classOf[fold(pattern.charCodeAt(i))] as number;
        let next = children[state]?.get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[state]?.set(cls, next);
        }
        state = next;
      }
      own[state]?.push(index);
    });

    // Breadth-first: suffix links, full transitions, merged outputs.
    const states = children.length;
    const delta = states < 65536 ? new Uint16Array(states * classes) : new Uint32Array(states * classes);
    const fail = new Uint32Array(states);
    const outputs: number[][] = own.map((list) => list.slice());
    const queue: number[] = [];
    for (const [cls, next] of children[0] as Map<number, number>) {
      delta[cls] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const link = fail[state] as number;
      (outputs[state] as number[]).push(...(outputs[link] as number[]));
      for (let cls = 1; cls < classes; cls++) {
        const next = children[state]?.get(cls);
        if (next === undefined) {
          delta[state * classes + cls] = delta[link * classes + cls] as number;
        } else {
          delta[state * classes + cls] = next;
          fail[next] = delta[link * classes + cls] as number;
          queue.push(next);
        }
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

  /** Calls `onHit` for every occurrence of every pattern, in order of where they end. */
  scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void {
    const { classOf, delta, classCount, outStart, outList, patternLength } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)] as number;
      if (cls === 0) {
        state = 0;
        continue;
      }
      state = delta[state * classCount + cls] as number;
      const from = outStart[state] as number;
      const to = outStart[state + 1] as number;
      for (let k = from; k < to; k++) {
        const pattern = outList[k] as number;
        onHit(pattern, i + 1 - (patternLength[pattern] as number), i + 1);
      }
    }
  }
}

function fold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 9 || code === 0xa0) return 32;
  return code;
}
