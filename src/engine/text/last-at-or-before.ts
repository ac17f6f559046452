/**
 * Index of the last value of a sorted list that is at or before `value` (0 when none is): the
 * line holding an offset, given where lines start; the section holding a line, given where
 * sections start. Binary search, O(log n).
 */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
