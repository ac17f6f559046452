import { Postings } from "./postings";

/**
 * A count for each pair of small numbers (two concepts' numbers). Pairs of numbers below
 * {@link DENSE} (the glossary's concepts and the first user concepts: nearly every pair of nearly
 * every vault) sit in a triangle of counts, one array index away; the others in an
 * open-addressing table (keys and counts side by side). A `Map` spent some fifty bytes a pair
 * and a hash lookup per count; a note adds hundreds of pairs.
 */
export class PairCounts {
  private readonly triangle = new Int32Array((DENSE * (DENSE - 1)) / 2);
  /** Key, count, key, count … (key 0: empty). */
  private table = new Int32Array(64);
  private used = 0;
  /** The highest number ever counted: the triangle is read up to it, not to its end. */
  private highest = 0;
  /**
   * Each number's partners in the table, kept as pairs come and go: the table is searched by
   * pair, not by number, and a vault of thousands of concepts asks for each one's partners.
   */
  private readonly sparsePartners = new Postings();

  /** Adds `delta` to the pair's count; returns the count after. */
  add(a: number, b: number, delta: number): number {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    if (high > this.highest) this.highest = high;
    if (high < DENSE) {
      const cell = (high * (high - 1)) / 2 + low;
      const after = (this.triangle[cell] as number) + delta;
      this.triangle[cell] = after;
      return after;
    }
    const after = this.addSparse(pairKey(low, high), delta);
    if (after === delta || after <= 0) {
      // The pair appeared, or is gone: its two partner lists change.
      const listed = after > 0 ? 1 : 0;
      this.sparsePartners.set(low, high, listed);
      this.sparsePartners.set(high, low, listed);
    }
    return after;
  }

  get(a: number, b: number): number {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    if (high < DENSE) return this.triangle[(high * (high - 1)) / 2 + low] as number;
    const key = pairKey(low, high);
    const mask = (this.table.length >> 1) - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const held = this.table[2 * slot] as number;
      if (held === key) return this.table[2 * slot + 1] as number;
      if (held === 0) return 0;
    }
  }

  /**
   * Calls `visit` with each number that has a count above 0 with `a`, in increasing order: a
   * row of the triangle (up to the highest number counted), then the table's pairs of `a`.
   */
  forEachPartner(a: number, visit: (b: number, count: number) => void): void {
    if (a < DENSE) {
      const top = Math.min(this.highest, DENSE - 1);
      const row = (a * (a - 1)) / 2;
      for (let b = 0; b < a; b++) {
        const count = this.triangle[row + b] as number;
        if (count > 0) visit(b, count);
      }
      for (let b = a + 1; b <= top; b++) {
        const count = this.triangle[(b * (b - 1)) / 2 + a] as number;
        if (count > 0) visit(b, count);
      }
    }
    // In the table, every pair holds a number of DENSE or more: with `a` below DENSE, its
    // partners there all come after those of the triangle.
    this.sparsePartners.forEach(a, (b) => visit(b, this.get(a, b)));
  }

  /** Calls `visit` with every pair (`low < high`) whose count is above 0. */
  forEachPair(visit: (low: number, high: number, count: number) => void): void {
    const top = Math.min(this.highest, DENSE - 1);
    for (let high = 1; high <= top; high++) {
      const row = (high * (high - 1)) / 2;
      for (let low = 0; low < high; low++) {
        const count = this.triangle[row + low] as number;
        if (count > 0) visit(low, high, count);
      }
    }
    this.forEachSparse(visit);
  }

  private forEachSparse(visit: (low: number, high: number, count: number) => void): void {
    const table = this.table;
    for (let i = 0; i < table.length; i += 2) {
      const key = table[i] as number;
      const count = table[i + 1] as number;
      if (key !== 0 && count > 0) visit((key >>> 16) - 1, key & 0xffff, count);
    }
  }

  private addSparse(key: number, delta: number): number {
    if ((this.used + 1) * 4 > this.table.length) this.grow();
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = slotOf(key, mask);
    while (table[2 * slot] !== 0 && table[2 * slot] !== key) slot = (slot + 1) & mask;
    if (table[2 * slot] === 0) {
      table[2 * slot] = key;
      this.used++;
    }
    const after = (table[2 * slot + 1] as number) + delta;
    table[2 * slot + 1] = after;
    return after;
  }

  /** Makes room, dropping the pairs whose count fell to zero. */
  private grow(): void {
    const old = this.table;
    let live = 0;
    for (let i = 1; i < old.length; i += 2) if ((old[i] as number) > 0) live++;
    let slots = old.length >> 1;
    while ((live + 1) * 2 > slots) slots *= 2; // at most half full after the next insertions
    const table = new Int32Array(2 * slots);
    const mask = slots - 1;
    for (let i = 0; i < old.length; i += 2) {
      if ((old[i + 1] as number) <= 0) continue;
      let slot = slotOf(old[i] as number, mask);
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[i] as number;
      table[2 * slot + 1] = old[i + 1] as number;
    }
    this.table = table;
    this.used = live;
  }
}

/** Numbers below this have their pairs in the triangle: 512 × 511 / 2 counts, 0.5 MB. */
const DENSE = 512;

/** One 32-bit number for a pair (`low < high`), never 0 (0 marks an empty slot). */
function pairKey(low: number, high: number): number {
  if (high > 0xfffe) throw new Error("concept numbers past 16 bits");
  return ((low + 1) << 16) | high;
}

function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0 & mask;
}
