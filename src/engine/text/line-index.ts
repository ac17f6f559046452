import { lastAtOrBefore } from "./last-at-or-before";

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

  /** Offset where each line starts, in order; the first is 0. */
  get lineStarts(): readonly number[] {
    return this.starts;
  }

  /** 1-based line of a character offset. */
  lineAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset) + 1;
  }
}
