/**
 * Maps character offsets of a text to 1-based line numbers, by binary search over the offsets
 * where lines start. Built once per note; each lookup is O(log lines).
 */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let at = text.indexOf("\n");
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf("\n", at + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  startOf(line: number): number {
    return this.starts[line - 1] ?? 0;
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
