/**
 * The trie the Aho–Corasick automaton is built from, in flat arrays: each state's first child and
 * next sibling, the class of the edge into it, its depth, and the patterns ending at it. Built
 * once per matcher; most states have one child, so a child is found by walking the siblings.
 */
export class Trie {
  size = 1;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  /** The class of the edge into a state. */
  readonly label: Int32Array;
  readonly depth: Int32Array;
  /** The first pattern ending at a state, and the next after each pattern (-1: none). */
  readonly firstPattern: Int32Array;
  readonly nextPattern: Int32Array;

  constructor(capacity: number, patterns: number) {
    this.firstChild = new Int32Array(capacity).fill(-1);
    this.nextSibling = new Int32Array(capacity).fill(-1);
    this.label = new Int32Array(capacity);
    this.depth = new Int32Array(capacity);
    this.firstPattern = new Int32Array(capacity).fill(-1);
    this.nextPattern = new Int32Array(patterns).fill(-1);
  }

  /** The child of `state` along `cls`, made if missing. */
  child(state: number, cls: number): number {
    let last = -1;
    for (let child = this.firstChild[state] as number; child !== -1; child = this.nextSibling[child] as number) {
      if (this.label[child] === cls) return child;
      last = child;
    }
    const made = this.size++;
    this.label[made] = cls;
    this.depth[made] = (this.depth[state] as number) + 1;
    if (last === -1) this.firstChild[state] = made;
    else this.nextSibling[last] = made;
    return made;
  }

  /** Adds a pattern ending at `state`, after those already there (their order is the order of output). */
  end(state: number, pattern: number): void {
    let at = this.firstPattern[state] as number;
    if (at === -1) {
      this.firstPattern[state] = pattern;
      return;
    }
    while (this.nextPattern[at] !== -1) at = this.nextPattern[at] as number;
    this.nextPattern[at] = pattern;
  }

  childCount(state: number): number {
    let count = 0;
    for (let child = this.firstChild[state] as number; child !== -1; child = this.nextSibling[child] as number) count++;
    return count;
  }

  /** Every state, the start state first, each after every state less deep. */
  breadthFirst(): Int32Array {
    const order = new Int32Array(this.size);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      for (let child = this.firstChild[order[head] as number] as number; child !== -1; child = this.nextSibling[child] as number) order[tail++] = child;
    }
    return order;
  }
}

