import type { ConceptMatcher, MatchScan } from "./concept-matcher";
import { DOMAIN_COUNT, addMask } from "./domain-mask";
import { isPartOfWhole, joinWholes } from "./join-wholes";
import { MENTION, READING, type CompiledSense } from "./match-patterns";
import type { ScanItem } from "./concept-matcher";
import type { Concept } from "./concept-set";
import { NoteEvidence } from "./note-evidence";
import { NO_SENSE, OTHERWISE, readInContext } from "./read-in-context";
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
  /** The brand this mention also names (`도커` of `도커 이미지`): its concept, and where its name stands. */
  brand?: { conceptId: string; start: number; end: number };
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
  // What each item reads as: its concept, or null (a word ruled out, or not read yet).
  const read: Array<string | null> = new Array<string | null>(items.length);
  let words = 0;
  for (let k = 0; k < items.length; k++) {
    const pattern = (items[k] as ScanItem).pattern;
    if (pattern.role === MENTION) read[k] = (pattern.concept as Concept).id;
    else {
      read[k] = null;
      words++;
    }
  }
  if (words > 0) readWords(matcher, scan, read, text, prose, shape);
  const found: FoundMention[] = [];
  let parts = 0;
  for (let k = 0; k < items.length; k++) {
    const conceptId = read[k];
    if (conceptId === null || conceptId === undefined) continue;
    const item = items[k] as ScanItem;
    const brand = item.pattern.brand;
    found.push(brand ? { conceptId, start: item.start, end: item.end, brand: { conceptId: brand.concept.id, start: item.start + brand.start, end: item.start + brand.end } } : { conceptId, start: item.start, end: item.end });
    if (isPartOfWhole(conceptId)) parts++;
  }
  return parts > 1 ? joinWholes(found, prose) : found;
}

function readWords(matcher: ConceptMatcher, scan: MatchScan, read: Array<string | null>, text: string, prose: string, shape: NoteShape): void {
  const items = scan.items;
  const lineStarts = shape.lineStarts ?? lineStartsOf(text);
  // Lines of the items, and the lines holding words to read (each once, in order).
  const scratch = matcher.scratch;
  const itemLines = scratch.zeroed(2, items.length);
  const asked: number[] = [];
  let line = 1;
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as ScanItem;
    while (line < lineStarts.length && (lineStarts[line] as number) <= item.start) line++;
    itemLines[k] = line;
    if (item.pattern.role === READING && asked[asked.length - 1] !== line) asked.push(line);
  }
  const evidence = new NoteEvidence(scratch, lineStarts, shape.sectionStarts, asked, scan.evidenceEnds, scan.evidenceMasks, aboutCounts(matcher, shape.about));
  // What each item read so far is evidence of: a mention its concept's domains, a word once read.
  const masks = scratch.zeroed(3, items.length);
  for (let k = 0; k < items.length; k++) masks[k] = (items[k] as ScanItem).pattern.evidence;

  // Round 1, words with a default reading of their own; round 2, generic words.
  for (let round = 1; round <= 2; round++) {
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as ScanItem;
      const reading = item.reading;
      if (reading === undefined || (round === 1) !== (reading.otherwise !== null)) continue;
      const at = itemLines[k] as number;
      const previous = k > 0 && itemLines[k - 1] === at ? (items[k - 1] as ScanItem) : undefined;
      const sense = neighboursAllow(reading, prose, item.start, item.end, previous?.end ?? -1, previous ? (masks[k - 1] as number) : 0) ? readInContext(reading, at, evidence) : NO_SENSE;
      read[k] = sense === NO_SENSE ? null : sense === OTHERWISE ? reading.otherwise : (reading.senses[sense] as CompiledSense).conceptId;
      if (read[k] === null) continue;
      const mask = sense === OTHERWISE ? reading.otherwiseMask : (reading.senses[sense] as CompiledSense).conceptMask;
      masks[k] = mask;
      if (round === 1) evidence.addRead(at, mask);
    }
  }
}

/** Evidence in what the note is about: its folder and title. */
function aboutCounts(matcher: ConceptMatcher, about: string): Int32Array {
  const counts = matcher.scratch.zeroed(4, DOMAIN_COUNT);
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
