/**
 * A count for each pair of small numbers (two concepts' numbers), in an open-addressing table of
 * two typed arrays: one lookup to add to a pair, where a list per number took a search and a
 * block copy, and a few bytes a pair where a `Map` spent some fifty. Pairs whose count falls to
 * zero keep their slot until the table grows, which drops them.
 */
export class PairCounts {
  private keys = new Uint32Array(1024);
  private counts = new Int32Array(1024);
  private used = 0;

  /** Adds `delta` to the pair's count; returns the count before and after. */
  add(a: number, b: number, delta: number): number {
    const key = pairKey(a, b);
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = slotOf(key, mask);
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.keys[slot] === 0) {
      this.keys[slot] = key;
      this.used++;
    }
    const after = (this.counts[slot] as number) + delta;
    this.counts[slot] = after;
    return after;
  }

  get(a: number, b: number): number {
    const key = pairKey(a, b);
    const mask = this.keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const held = this.keys[slot] as number;
      if (held === key) return this.counts[slot] as number;
      if (held === 0) return 0;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    let live = 0;
    for (let i = 0; i < oldCounts.length; i++) if ((oldCounts[i] as number) > 0) live++;
    let capacity = oldKeys.length;
    while ((live + 1) * 4 > capacity) capacity *= 2; // at most half full after the next insertions
    this.keys = new Uint32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.used = 0;
    const mask = capacity - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const count = oldCounts[i] as number;
      if (count <= 0) continue;
      const key = oldKeys[i] as number;
      let slot = slotOf(key, mask);
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.counts[slot] = count;
      this.used++;
    }
  }
}

/**
 * One 32-bit number for a pair, whichever way round, never 0 (0 marks an empty slot). Concept
 * numbers stay far below 2^16 (they count the concepts a program has ever seen, not notes).
 */
function pairKey(a: number, b: number): number {
  if (a > 0xfffe || b > 0xfffe) throw new Error("concept numbers past 16 bits");
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  return ((low + 1) * 0x10000 + high) >>> 0;
}

function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0 & mask;
}
