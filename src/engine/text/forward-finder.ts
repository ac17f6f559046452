/**
 * `indexOf` for a scanner that only moves forward: remembers where each needle was found next,
 * so asking again from a later position costs nothing until that occurrence is passed. Keeps a
 * note with thousands of unclosed `[[` or backticks on one line linear instead of quadratic.
 */
export class ForwardFinder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** First index of `needle` at or after `from`, or -1. */
  next(needle: string, from: number): number {
    const known = this.memo.get(needle);
    // A search from an earlier position found the first occurrence after it; it still answers
    // for `from` if it is not behind `from` (or if there was none at all).
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = this.text.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
}
