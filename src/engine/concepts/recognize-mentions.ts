import type { ConceptMatcher, MatchScan } from "./concept-matcher";
import { DOMAIN_COUNT, addMask } from "./domain-mask";
import { isPartOfWhole, joinWholes } from "./join-wholes";
import { addOutsideEvidence, type OutsideEvidence } from "./outside-evidence";
import { isLatinLetter, MENTION, type CompiledReading, type CompiledSense } from "./match-patterns";
import type { Concept } from "./concept-set";
import type { ConceptMention } from "../parse/note-types";
import { holdsHangulSyllable } from "../text/hangul";
import { NoteEvidence } from "./note-evidence";
import { NO_SENSE, OTHERWISE, readInContext } from "./read-in-context";
import { neighboursAllow } from "./reading-neighbours";

/**
 * The mentions of a note: the one pass of the matcher, then the per-note work of reading the
 * words read by context (in two rounds: words with a sense of their own first, such as
 * 컨테이너, whose reading is then evidence for the generic words, such as 이미지), and joining
 * the parts of a whole (CI + CD).
 */

/**
 * A mention as the note's parse keeps it (see ConceptMention): made here once, with `inLink`,
 * `linkable` and `inTable` left for the parser to set, so a note's thousands of mentions are not
 * copied.
 */
export type FoundMention = ConceptMention;

/** What the words of a note are read against, besides the words themselves. */
export interface NoteShape {
  /** Line where each section starts (1 first), in order. */
  sectionStarts: readonly number[];
  /** What the note is about before a word of it is read: its folder and title, as one text. */
  about: string;
  /** Offset where each line starts; computed from the text when not given. */
  lineStarts?: readonly number[];
}

export function recognize(matcher: ConceptMatcher, text: string, prose: string, shape: NoteShape, outside: readonly OutsideEvidence[] = []): FoundMention[] {
  const scan = matcher.scan(text, prose);
  for (const pieces of outside) addOutsideEvidence(scan, pieces);
  const count = scan.count;
  // What each item reads as: its concept, or null (a word ruled out, or not read yet).
  const read: Array<string | null> = new Array<string | null>(count);
  let words = 0;
  for (let k = 0; k < count; k++) {
    const pattern = matcher.pattern(scan.patterns[k] as number);
    if (pattern.role === MENTION) read[k] = (pattern.concept as Concept).id;
    else {
      read[k] = null;
      words++;
    }
  }
  const lineStarts = shape.lineStarts ?? lineStartsOf(text);
  if (words > 0) readWords(matcher, scan, read, prose, shape, lineStarts, aboutCounts(matcher, shape.about));
  const found: FoundMention[] = [];
  let parts = 0;
  let line = 1;
  for (let k = 0; k < count; k++) {
    const conceptId = read[k];
    if (conceptId === null || conceptId === undefined) continue;
    const start = scan.starts[k] as number;
    const end = scan.ends[k] as number;
    while (line < lineStarts.length && (lineStarts[line] as number) <= start) line++;
    const brand = matcher.pattern(scan.patterns[k] as number).brand;
    found.push(
      brand
        ? { conceptId, start, end, line, inLink: false, linkable: false, inTable: false, brand: { conceptId: brand.concept.id, start: start + brand.start, end: start + brand.end } }
        : { conceptId, start, end, line, inLink: false, linkable: false, inTable: false },
    );
    if (isPartOfWhole(conceptId)) parts++;
  }
  return parts > 1 ? joinWholes(found, prose) : found;
}

function readWords(matcher: ConceptMatcher, scan: MatchScan, read: Array<string | null>, prose: string, shape: NoteShape, lineStarts: readonly number[], about: Int32Array): void {
  const count = scan.count;
  const sectionStarts = shape.sectionStarts;
  // Lines of the items; the words to read, with where the counts of their line and section are;
  // and the lines holding words (each once, in order). Items come in text order: one walk.
  const scratch = matcher.scratch;
  const itemLines = scratch.zeroed(2, count);
  const words: number[] = [];
  const wordLine: number[] = [];
  const wordSection: number[] = [];
  const asked: number[] = [];
  let line = 1;
  let section = 0;
  for (let k = 0; k < count; k++) {
    const start = scan.starts[k] as number;
    while (line < lineStarts.length && (lineStarts[line] as number) <= start) line++;
    itemLines[k] = line;
    if (scan.readings[k] === undefined) continue;
    while (section + 1 < sectionStarts.length && (sectionStarts[section + 1] as number) <= line) section++;
    if (asked[asked.length - 1] !== line) asked.push(line);
    words.push(k);
    wordLine.push(asked.length - 1);
    wordSection.push(section);
  }
  const evidence = new NoteEvidence(scratch, lineStarts, sectionStarts, asked, scan, about);
  // What each item read so far is evidence of: a mention its concept's domains, a word once read.
  const masks = scratch.zeroed(3, count);
  for (let k = 0; k < count; k++) masks[k] = matcher.pattern(scan.patterns[k] as number).evidence;

  // Round 1, words with a default reading of their own; round 2, generic words.
  for (let round = 1; round <= 2; round++) {
    for (let w = 0; w < words.length; w++) {
      const k = words[w] as number;
      const reading = scan.readings[k] as CompiledReading;
      if ((round === 1) !== (reading.otherwise !== null)) continue;
      const previous = k > 0 && itemLines[k - 1] === itemLines[k];
      const allowed = neighboursAllow(reading, prose, scan.starts[k] as number, scan.ends[k] as number, previous ? (scan.ends[k - 1] as number) : -1, previous ? (masks[k - 1] as number) : 0);
      const fixed = reading.alwaysInKorean && isKoreanLine(prose, lineStarts, itemLines[k] as number) && !afterCapitalisedWord(prose, scan.starts[k] as number);
      const sense = !allowed ? NO_SENSE : fixed ? OTHERWISE : readInContext(reading, wordLine[w] as number, wordSection[w] as number, evidence);
      read[k] = sense === NO_SENSE ? null : sense === OTHERWISE ? otherwiseAt(reading, prose, lineStarts, itemLines[k] as number) : (reading.senses[sense] as CompiledSense).conceptId;
      if (read[k] === null) continue;
      const mask = sense === OTHERWISE ? reading.otherwiseMask : (reading.senses[sense] as CompiledSense).conceptMask;
      masks[k] = mask;
      if (round === 1) evidence.addRead(wordLine[w] as number, wordSection[w] as number, mask);
    }
  }
}

/** A word's default reading on its line (see `otherwiseInKorean`). */
function otherwiseAt(reading: CompiledReading, prose: string, lineStarts: readonly number[], line: number): string | null {
  if (!reading.otherwiseInKorean) return reading.otherwise;
  return isKoreanLine(prose, lineStarts, line) ? reading.otherwise : null;
}

/**
 * Whether a capitalised Latin word comes right before `start` (a space between): a title-case
 * term (`Container Deployment`, `Distributed Deployment`, the English gloss of 컨테이너 배포),
 * which Korean prose borrows whole, in the sense it has in English.
 */
function afterCapitalisedWord(prose: string, start: number): boolean {
  let end = start;
  while (end > 0 && prose.charCodeAt(end - 1) === 32) end--;
  if (end === start) return false;
  let from = end;
  while (from > 0 && isLatinLetter(prose.charCodeAt(from - 1))) from--;
  const first = prose.charCodeAt(from);
  return from < end && first >= 65 && first <= 90;
}

/** Whether the (1-based) line is Korean prose: it holds a Hangul syllable. */
function isKoreanLine(prose: string, lineStarts: readonly number[], line: number): boolean {
  const end = line < lineStarts.length ? (lineStarts[line] as number) : prose.length;
  return holdsHangulSyllable(prose, lineStarts[line - 1] as number, end);
}

/** Evidence in what the note is about: its folder and title. */
function aboutCounts(matcher: ConceptMatcher, about: string): Int32Array {
  const counts = matcher.scratch.zeroed(4, DOMAIN_COUNT);
  if (about === "") return counts;
  const scan = matcher.scan(about, about, matcher.aboutResult);
  for (let k = 0; k < scan.evidenceCount; k++) addMask(counts, 0, scan.evidenceMasks[k] as number);
  return counts;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}
