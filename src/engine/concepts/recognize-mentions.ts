import type { ConceptMatcher, MatchScan } from "./concept-matcher";
import { DOMAIN_COUNT, addMask } from "./domain-mask";
import { joinWholes } from "./join-wholes";
import { MENTION, READING } from "./match-patterns";
import { NoteEvidence } from "./note-evidence";
import { readInContext } from "./read-in-context";
import { neighboursAllow } from "./reading-neighbours";

/**
 * The mentions of a note: the one pass of the matcher, then the per-note work of reading the
 * words read by context (in two rounds: words with a sense of their own first, such as
 * 컨테이너, whose reading is then evidence for the generic words, such as 이미지), and joining
 * the parts of a whole (CI + CD).
 */

export interface FoundMention {
  conceptId: string;
  start: number;
  end: number;
  /** The brand this mention also names (`도커` of `도커 이미지`): its concept, and where its name ends. */
  brand?: { conceptId: string; end: number };
}

/** What the words of a note are read against, besides the words themselves. */
export interface NoteShape {
  /** Line where each section starts (1 first), in order. */
  sectionStarts: readonly number[];
  /** What the note is about before a word of it is read: its folder and title, as one text. */
  about: string;
  /** Offset where each line starts; computed from the text when not given. */
  lineStarts?: readonly number[];
}

export function recognize(matcher: ConceptMatcher, text: string, prose: string, shape: NoteShape): FoundMention[] {
  const scan = matcher.scan(text, prose);
  const items = scan.items;
  const read: Array<string | null> = items.map((item) => (item.pattern.role === MENTION ? (item.pattern.concept as { id: string }).id : null));
  if (items.some((item) => item.pattern.role === READING)) readWords(matcher, scan, read, text, prose, shape);
  const found: FoundMention[] = [];
  items.forEach((item, k) => {
    const conceptId = read[k];
    if (conceptId === null || conceptId === undefined) return;
    const mention: FoundMention = { conceptId, start: item.start, end: item.end };
    const brand = item.pattern.role === MENTION ? item.pattern.brand : undefined;
    if (brand) mention.brand = { conceptId: brand.concept.id, end: item.start + brand.length };
    found.push(mention);
  });
  return joinWholes(found, prose);
}

function readWords(matcher: ConceptMatcher, scan: MatchScan, read: Array<string | null>, text: string, prose: string, shape: NoteShape): void {
  const lineStarts = shape.lineStarts ?? lineStartsOf(text);
  const lineOf = lineFinder(lineStarts);
  const itemLines = scan.items.map((item) => lineOf(item.start));
  const asked: number[] = [];
  scan.items.forEach((item, k) => {
    const line = itemLines[k] as number;
    if (item.pattern.role === READING && asked[asked.length - 1] !== line) asked.push(line);
  });
  const evidence = new NoteEvidence(lineStarts, shape.sectionStarts, asked, scan.evidenceEnds, scan.evidenceMasks, aboutCounts(matcher, shape.about));
  const domainsOf = (id: string | null): number => (id === null ? 0 : matcher.domainMaskOf(id));

  // Round 1, words with a default reading of their own; round 2, generic words.
  for (const round of [1, 2] as const) {
    scan.items.forEach((item, k) => {
      const reading = item.reading;
      if (item.pattern.role !== READING || !reading || (round === 1) !== (reading.otherwise !== null)) return;
      const line = itemLines[k] as number;
      const previous = k > 0 && itemLines[k - 1] === line ? scan.items[k - 1] : undefined;
      const before = previous && { end: previous.end, domains: domainsOf(read[k - 1] ?? null) };
      read[k] = neighboursAllow(reading, prose, item.start, item.end, before) ? readInContext(reading, line, evidence) : null;
      if (round === 1 && read[k] !== null) evidence.addRead(line, domainsOf(read[k] ?? null));
    });
  }
}

/** Evidence in what the note is about: its folder and title. */
function aboutCounts(matcher: ConceptMatcher, about: string): Int32Array {
  const counts = new Int32Array(DOMAIN_COUNT);
  if (about === "") return counts;
  const scan = matcher.scan(about, about);
  for (const mask of scan.evidenceMasks) addMask(counts, 0, mask);
  return counts;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** A function from offsets, asked in increasing order, to 1-based lines. */
function lineFinder(lineStarts: readonly number[]): (offset: number) => number {
  let line = 1;
  return (offset) => {
    while (line < lineStarts.length && (lineStarts[line] as number) <= offset) line++;
    return line;
  };
}
