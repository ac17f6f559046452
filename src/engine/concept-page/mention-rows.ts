import type { ConceptUse } from "../index/note-record";
import { gluedToWord } from "../parse/mentions";
import type { ConceptOccurrences, Occurrence } from "./concept-occurrences";
import type { MentionRow } from "./concept-page-model";

/**
 * The rows of one note on a concept page: one per mention, its line as a snippet, from the note's
 * text as stored. The index says how many mentions each line holds and of which kind (linked, may
 * not be linked, may be linked); the line, searched for the concept's names, says where they stand.
 * Where the two disagree (a name the search cannot see), the row keeps its line, without a mark.
 */

/** Longest snippet drawn; a longer line is cut around the mention. */
const SNIPPET_CHARS = 180;
/** How much of the line a cut snippet keeps before the mention. */
const SNIPPET_LEAD = 64;
/** List, task, quote and heading markers before a line's words: not shown in a snippet. */
const LINE_MARKERS = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

export interface NoteRows {
  linked: MentionRow[];
  unlinked: MentionRow[];
}

/**
 * Reads one line alone with the parser: the concept's mentions in it, where the search of names
 * and the index disagree (`도커` of `도커 볼륨`, a mention of another concept, is no mention of Docker).
 */
export type LineReading = (line: string) => Array<Occurrence & { linkable: boolean }>;

/**
 * Rows of the mentions `use` records, read from `text`. `mayLink` is false where no Link button
 * belongs at all (the concept's own note, a muted concept, a concept without a note).
 */
export function mentionRows(text: string, use: ConceptUse, occurrences: ConceptOccurrences, mayLink: boolean, readLine?: LineReading): NoteRows {
  const linked: MentionRow[] = [];
  const unlinked: MentionRow[] = [];
  const lines = new LineReader(text);
  const linkedOn = tally(use.linkedLines);
  const fixedOn = tally(use.fixedLines);
  for (const [line, total] of tally(use.lines)) {
    const raw = lines.line(line);
    if (raw === undefined) continue;
    const content = line === 1 ? raw.replace(/^\uFEFF/, "").normalize("NFC") : raw.normalize("NFC");
    const linkedCount = Math.min(total, linkedOn.get(line) ?? 0);
    let found: Array<Occurrence & { linkable?: boolean }> = occurrences.find(content);
    if (readLine && (found.length !== total || found.filter((o) => o.inLink).length !== linkedCount)) {
      const read = readLine(content);
      if (read.length === total) found = read;
    }
    const inLinks = found.filter((o) => o.inLink);
    const free = found.filter((o) => !o.inLink);
    for (let k = 0; k < linkedCount; k++) linked.push(rowOf(line, content, inLinks[k], false));
    const fixed = Math.min(total - linkedCount, fixedOn.get(line) ?? 0);
    const linkable = total - linkedCount - fixed;
    // Where a line holds both kinds, which is which: as the parser read the line alone, else the
    // occurrences glued to a longer name are the ones that may not be linked.
    const mixed = fixed > 0 && linkable > 0;
    const order = mixed ? [...free].sort((a, b) => Number(gluedToWord(content, b.from, b.to)) - Number(gluedToWord(content, a.from, a.to))) : free;
    const rows: MentionRow[] = [];
    for (let k = 0; k < total - linkedCount; k++) {
      const occurrence = order[k];
      const may = !mixed ? linkable > 0 : (occurrence?.linkable ?? k >= fixed);
      rows.push(rowOf(line, content, occurrence, may && mayLink));
    }
    unlinked.push(...rows.sort((a, b) => (a.column ?? -1) - (b.column ?? -1)));
  }
  return { linked, unlinked };
}

function rowOf(line: number, content: string, at: Occurrence | undefined, linkable: boolean): MentionRow {
  const lead = LINE_MARKERS.exec(content)?.[0].length ?? 0;
  const shown = content.slice(lead).trimEnd();
  const row: MentionRow = { line, text: shown, cutLead: false, cutTrail: false, linkable };
  if (at === undefined || at.from < lead) return row;
  row.column = at.from;
  let from = at.from - lead;
  let to = Math.min(at.to - lead, shown.length);
  if (shown.length > SNIPPET_CHARS) {
    let start = Math.max(0, Math.min(from - SNIPPET_LEAD, shown.length - SNIPPET_CHARS));
    if (isLowSurrogate(shown.charCodeAt(start))) start++;
    let end = Math.min(shown.length, start + SNIPPET_CHARS);
    if (isLowSurrogate(shown.charCodeAt(end))) end++;
    row.text = shown.slice(start, end);
    row.cutLead = start > 0;
    row.cutTrail = end < shown.length;
    from -= start;
    to = Math.min(to - start, row.text.length);
  }
  if (to > from) row.mark = [from, to];
  return row;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** How many times each line occurs in a list of lines. */
function tally(lines: readonly number[] | undefined): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines ?? []) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}

/** A text's lines by number, split where the parser splits them (`\n`, `\r\n`, `\r`), found as far as asked. */
class LineReader {
  private readonly starts = [0];
  private scanned = 0;
  /** Whether the text has any CR: most notes have none, and are split with `indexOf`. */
  private readonly crs: boolean;

  constructor(private readonly text: string) {
    this.crs = text.includes("\r");
  }

  /** 1-based line `n` without its line break; undefined past the end. */
  line(n: number): string | undefined {
    while (this.starts.length <= n && this.scanned < this.text.length) this.scanLine();
    const start = this.starts[n - 1];
    if (start === undefined || start > this.text.length) return undefined;
    const next = this.starts[n];
    let end = next === undefined ? this.text.length : next - 1;
    if (next !== undefined && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, Math.max(start, end));
  }

  private scanLine(): void {
    const text = this.text;
    let at = this.scanned;
    if (!this.crs) {
      at = text.indexOf("\n", at);
      if (at === -1) at = text.length;
    } else {
      while (at < text.length) {
        const c = text.charCodeAt(at);
        if (c === 10 || c === 13) break;
        at++;
      }
    }
    if (at >= text.length) {
      this.scanned = text.length;
      return;
    }
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at++;
    this.starts.push(at + 1);
    this.scanned = at + 1;
  }
}
