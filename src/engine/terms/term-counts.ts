/**
 * How many notes hold each word (by its 24-bit hash): an open-addressing table in two typed
 * arrays, a few bytes a word, where a `Map` would spend some fifty. Counts that fall to zero keep
 * their slot until the table grows, which drops them.
 */
export class TermCounts {
  private keys = new Uint32Array(1024);
  private counts = new Int32Array(1024);
  private used = 0;

  get(hash: number): number {
    const slot = this.find(hash & 0xffffff);
    return slot === -1 ? 0 : (this.counts[slot] as number);
  }

  add(hash: number, delta: number): void {
    const key = (hash & 0xffffff) + 1; // 0 marks an empty slot
    if ((this.used + 1) * 2 > this.keys.length) this.grow();
    let slot = this.slotOf(key);
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & (this.keys.length - 1);
    if (this.keys[slot] === 0) {
      this.keys[slot] = key;
      this.used++;
    }
    this.counts[slot] = (this.counts[slot] as number) + delta;
  }

  /** Words with a count above zero. */
  get size(): number {
    let n = 0;
    for (let i = 0; i < this.counts.length; i++) if ((this.counts[i] as number) > 0) n++;
    return n;
  }

  /** Bytes held by the table's arrays. */
  get bytes(): number {
    return this.keys.byteLength + this.counts.byteLength;
  }

  private find(hash24: number): number {
    const key = hash24 + 1;
    let slot = this.slotOf(key);
    for (;;) {
      const held = this.keys[slot] as number;
      if (held === key) return slot;
      if (held === 0) return -1;
      slot = (slot + 1) & (this.keys.length - 1);
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 0 & (this.keys.length - 1);
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
    for (let i = 0; i < oldKeys.length; i++) {
      const count = oldCounts[i] as number;
      if (count <= 0) continue;
      const key = oldKeys[i] as number;
      let slot = this.slotOf(key);
      while (this.keys[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      this.keys[slot] = key;
      this.counts[slot] = count;
      this.used++;
    }
  }
}
