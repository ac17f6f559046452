/**
 * How often each word (by hash) occurs in the note being read, in typed arrays reused from note to
 * note: reading a vault counts millions of words, and a `Map` a note made as much garbage as the
 * rest of the parse. One tally is read at a time (the engine is synchronous).
 */
export class WordTally {
  private keys = new Int32Array(4096).fill(-1);
  private values = new Int32Array(4096);
  private used: number[] = [];

  /** Adds one occurrence; `heading` marks it as said by a heading. */
  add(hash: number, heading: boolean): void {
    if (this.used.length * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[slot] !== -1 && this.keys[slot] !== hash) slot = (slot + 1) & mask;
    if (this.keys[slot] === -1) {
      this.keys[slot] = hash;
      this.used.push(slot);
    }
    this.values[slot] = ((this.values[slot] as number) + 2) | (heading ? 1 : 0);
  }

  /** Every word counted: its hash, count and heading flag. Then the tally is empty again. */
  drain(visit: (hash: number, count: number, heading: boolean) => void): void {
    for (const slot of this.used) {
      const value = this.values[slot] as number;
      visit(this.keys[slot] as number, value >> 1, (value & 1) === 1);
      this.keys[slot] = -1;
      this.values[slot] = 0;
    }
    this.used = [];
  }

  get size(): number {
    return this.used.length;
  }

  private grow(): void {
    const entries: Array<[number, number]> = this.used.map((slot) => [this.keys[slot] as number, this.values[slot] as number]);
    const capacity = this.keys.length * 2;
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.used = [];
    const mask = capacity - 1;
    for (const [key, value] of entries) {
      let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.values[slot] = value;
      this.used.push(slot);
    }
  }
}
