/**
 * For each key (a concept's number), the notes it is found in with a count each: note ids
 * sorted, ids and counts side by side in one typed array. Four bytes a number where a `Map` of
 * paths spent some fifty an entry; an edit finds its note by binary search and moves the tail of
 * the list by one (a block copy), so keeping the lists current costs no more than a lookup.
 */
export class Postings {
  private readonly lists: Array<Int32Array | undefined> = [];
  private readonly sizes: number[] = [];

  /** Sets the count of `note` under `key` (0 removes it). */
  set(key: number, note: number, count: number): void {
    this.change(key, note, count, false);
  }

  /** Adds `delta` to the count of `note` under `key`, removing it when it falls to 0. */
  add(key: number, note: number, delta: number): void {
    this.change(key, note, delta, true);
  }

  get(key: number, note: number): number {
    const list = this.lists[key];
    if (!list) return 0;
    const at = find(list, this.sizes[key] as number, note);
    return at >= 0 ? (list[2 * at + 1] as number) : 0;
  }

  /** Notes under `key`. */
  size(key: number): number {
    return this.sizes[key] ?? 0;
  }

  /** Calls `visit` with each note under `key` and its count, in order of note id. */
  forEach(key: number, visit: (note: number, count: number) => void): void {
    const list = this.lists[key];
    if (!list) return;
    const size = this.sizes[key] as number;
    for (let i = 0; i < size; i++) visit(list[2 * i] as number, list[2 * i + 1] as number);
  }

  /** Keys with at least one note, in increasing order. */
  keys(): number[] {
    const out: number[] = [];
    this.sizes.forEach((size, key) => {
      if (size > 0) out.push(key);
    });
    return out;
  }

  /** Bytes held by the lists. */
  get bytes(): number {
    let bytes = 0;
    for (const list of this.lists) bytes += list?.byteLength ?? 0;
    return bytes;
  }

  private change(key: number, note: number, value: number, relative: boolean): void {
    let list = this.lists[key];
    let size = this.sizes[key] ?? 0;
    const at = list ? find(list, size, note) : -1;
    if (at >= 0) {
      const next = relative ? ((list as Int32Array)[2 * at + 1] as number) + value : value;
      if (next > 0) {
        (list as Int32Array)[2 * at + 1] = next;
        return;
      }
      (list as Int32Array).copyWithin(2 * at, 2 * at + 2, 2 * size);
      size--;
      this.sizes[key] = size;
      // A list that emptied gives its room back: what is held stays in proportion to what is listed.
      if (size === 0) this.lists[key] = undefined;
      else if (8 * size < (list as Int32Array).length) this.lists[key] = (list as Int32Array).slice(0, 4 * size);
      return;
    }
    if (value <= 0) return;
    if (!list || 2 * size === list.length) {
      const grown = new Int32Array(Math.max(4, Math.ceil(size * 1.5) * 2 + 2));
      if (list) grown.set(list.subarray(0, 2 * size));
      list = grown;
      this.lists[key] = list;
    }
    const insert = ~at;
    // A cold build adds notes in the order of their ids, so nearly every note goes at the end:
    // nothing to move, and a call of copyWithin for nothing cost more than the rest.
    if (insert < size) list.copyWithin(2 * insert + 2, 2 * insert, 2 * size);
    list[2 * insert] = note;
    list[2 * insert + 1] = value;
    size++;
    while (this.sizes.length < key) this.sizes.push(0);
    this.sizes[key] = size;
  }
}

/** Index of `note` in the sorted list, or `~where it would go`. */
function find(list: Int32Array, size: number, note: number): number {
  let lo = 0;
  let hi = size - 1;
  // Notes are mostly added in increasing id order: the end is the likeliest place.
  if (size > 0 && (list[2 * hi] as number) < note) return ~size;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = list[2 * mid] as number;
    if (id === note) return mid;
    if (id < note) lo = mid + 1;
    else hi = mid - 1;
  }
  return ~lo;
}
