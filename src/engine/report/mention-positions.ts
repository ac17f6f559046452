import type { ParsedNote } from "../parse/note-types";
import { normalizeNoteText } from "../text/normalize-text";

/**
 * Where each mention of a note is in the file as stored, so that any tool (and a reviewer) can
 * find it there: the parser's offsets are in the normalised text (NFC, `\n`, no byte-order mark),
 * which is not the file when it was written in NFD (macOS), with CRLF or CR line breaks, or with
 * a byte-order mark.
 */
export interface ReportMention {
  /** 1-based line, counted as the parser counts them (`\r\n`, `\r` and `\n` each end one). */
  line: number;
  /**
   * 1-based column in UTF-16 code units of the line as stored: a byte-order mark, when the file
   * has one, is the first unit of line 1.
   */
  column: number;
  /** Length in UTF-16 code units as stored (an NFD syllable is two or three). */
  length: number;
  /** The mention as written in the file: `line.slice(column - 1, column - 1 + length)`. */
  text: string;
  conceptId: string;
  /** Written inside a link. */
  linked: boolean;
}

/**
 * The mentions of a parse of `stored`, in text order. A brand named inside a compound (`도커` of
 * `도커 이미지`) comes after the compound, with its own span inside the compound's.
 */
export function mentionPositions(parsed: ParsedNote, stored: string): ReportMention[] {
  if (parsed.mentions.length === 0) return [];
  const normalized = normalizeNoteText(stored);
  const storedLines = linesOf(stored);
  const normalLines = linesOf(normalized);
  const out: ReportMention[] = [];
  let mapped: { line: number; map: (offset: number) => number } | undefined;
  for (const mention of parsed.mentions) {
    const storedLine = storedLines[mention.line - 1];
    const normalLine = normalLines[mention.line - 1];
    if (!storedLine || !normalLine) continue;
    if (mapped?.line !== mention.line) {
      const storedText = stored.slice(storedLine.start, storedLine.end);
      mapped = { line: mention.line, map: columnMap(storedText, normalized.slice(normalLine.start, normalLine.end)) };
    }
    const spans: Array<[string, number, number]> = [[mention.conceptId, mention.start, mention.end]];
    if (mention.brand) spans.push([mention.brand.conceptId, mention.brand.start, mention.brand.end]);
    for (const [conceptId, start, end] of spans) {
      const from = mapped.map(start - normalLine.start);
      const to = mapped.map(end - normalLine.start);
      out.push({ line: mention.line, column: from + 1, length: to - from, text: stored.slice(storedLine.start + from, storedLine.start + to), conceptId, linked: mention.inLink });
    }
  }
  return out;
}

/** Lines with their offsets, split at `\r\n`, `\r` or `\n`, as the parser counts them. */
function linesOf(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * From an offset in the normalised line to the offset of the same character in the stored
 * line. The stored line is cut where a character starts that composes with nothing before it
 * (no combining mark, no Hangul vowel or final jamo, no low surrogate): each piece normalises on
 * its own, so the pieces line up with the normalised line character for character.
 */
function columnMap(stored: string, normal: string): (offset: number) => number {
  const bom = stored.charCodeAt(0) === 0xfeff && normal.charCodeAt(0) !== 0xfeff ? 1 : 0;
  const body = bom ? stored.slice(1) : stored;
  if (body === normal) return (offset) => offset + bom;
  const toStored = new Int32Array(normal.length + 1);
  let at = 0;
  let built = "";
  for (let start = 0; start < body.length; ) {
    let end = start + 1;
    while (end < body.length && !startsPiece(body, end)) end++;
    const piece = body.slice(start, end).normalize("NFC");
    for (let k = 0; k < piece.length; k++) toStored[at + k] = start;
    at += piece.length;
    built += piece;
    start = end;
  }
  toStored[at] = body.length;
  if (built !== normal) return prefixMap(body, normal, bom);
  return (offset) => (toStored[Math.min(offset, normal.length)] as number) + bom;
}

function startsPiece(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0xdc00 && c <= 0xdfff) return false; // the second half of a surrogate pair
  if (c >= 0x1160 && c <= 0x11ff) return false; // Hangul vowel and final jamo compose with what comes before
  return !/\p{M}/u.test(text[at] as string);
}

/** The slow and sure mapping, for lines whose pieces did not line up: the shortest stored prefix that normalises to the normalised prefix. */
function prefixMap(stored: string, normal: string, bom: number): (offset: number) => number {
  return (offset) => {
    const wanted = normal.slice(0, offset);
    for (let k = 0; k <= stored.length; k++) if (stored.slice(0, k).normalize("NFC") === wanted) return k + bom;
    return stored.length + bom;
  };
}
