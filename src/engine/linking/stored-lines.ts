import { LineIndex } from "../text/line-index";

/**
 * Maps positions of the normalised text the parser reads (NFC, no BOM, `\n`) back to the text as
 * stored, line by line: a line's offsets carry over when the line reads the same in both, which
 * CRLF and a BOM do not change; a line stored in NFD does not map (its bytes are left alone).
 * Each line is compared once, however many mentions it holds.
 */
export class StoredLines {
  private readonly storedStarts: number[];
  private readonly normalStarts: readonly number[];
  private readonly same = new Map<number, boolean>();
  private readonly bom: number;

  constructor(
    private readonly stored: string,
    private readonly normalized: string,
  ) {
    this.storedStarts = lineStarts(stored);
    this.normalStarts = new LineIndex(normalized).lineStarts;
    this.bom = stored.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Offset in the stored text where a 1-based line's text starts (after the BOM on line 1). */
  lineStart(line: number): number {
    return (this.storedStarts[line - 1] ?? 0) + (line === 1 ? this.bom : 0);
  }

  /** The stored offset of normalised offset `at` on `line`, or -1 when the line is not stored as read. */
  storedOffset(line: number, at: number): number {
    const normalStart = this.normalStarts[line - 1];
    if (normalStart === undefined || this.storedStarts[line - 1] === undefined || !this.sameLine(line)) return -1;
    return this.lineStart(line) + (at - normalStart);
  }

  private sameLine(line: number): boolean {
    let same = this.same.get(line);
    if (same === undefined) {
      const normalStart = this.normalStarts[line - 1] as number;
      const normalEnd = lineEnd(this.normalized, this.normalStarts[line], normalStart);
      const storedStart = this.lineStart(line);
      const storedEnd = lineEnd(this.stored, this.storedStarts[line], storedStart);
      same = this.stored.slice(storedStart, storedEnd) === this.normalized.slice(normalStart, normalEnd);
      this.same.set(line, same);
    }
    return same;
  }
}

/** Where each line starts, lines split at `\n`, `\r\n` or `\r`, as the parser counts them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 13) {
      if (text.charCodeAt(at + 1) === 10) at++;
      starts.push(at + 1);
    } else if (c === 10) {
      starts.push(at + 1);
    }
  }
  return starts;
}

/** End of a line's text (its break excluded), given where the next line starts. */
function lineEnd(text: string, nextStart: number | undefined, start: number): number {
  if (nextStart === undefined) return text.length;
  let end = nextStart - 1;
  if (end > start && text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return end < start ? start : end;
}
