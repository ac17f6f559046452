/**
 * Integer arrays reused from note to note: a matcher reads one note at a time, and allocating
 * fresh typed arrays for every note (lines, counts per domain) cost more than the reading itself.
 */
export class ScratchArrays {
  private readonly arrays: Int32Array[] = [];

  /** Array number `slot`, at least `size` long, its first `size` entries zero. */
  zeroed(slot: number, size: number): Int32Array {
    let array = this.arrays[slot];
    if (!array || array.length < size) {
      array = new Int32Array(Math.max(size, 2 * (array?.length ?? 32)));
      this.arrays[slot] = array;
    } else {
      array.fill(0, 0, size);
    }
    return array;
  }
}
