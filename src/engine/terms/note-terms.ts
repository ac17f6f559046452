import type { LineInfo } from "../markdown/line-structure";
import { wordHashesOf } from "./words";
import { WordTally } from "./word-tally";

/**
 * The words of a note that answer suggestions score it by, kept in its index record as one
 * string: two UTF-16 units a word (a 24-bit hash of its key, how often the note says it, whether
 * a heading or the title says it), sorted by hash. A string survives the plugin's JSON cache as it
 * is and costs 4 bytes a word; ten thousand notes of 64 words hold 2.6 MB. No word's text is
 * kept: a question's words are hashed the same way and looked up.
 *
 * Entry layout: unit 0 = hash bits 23…8; unit 1 = hash bits 7…0 (high byte), count (6 bits),
 * heading flag, title flag.
 */

/** Words kept from a note's text: the ones it says most, headings counting three times. */
export const NOTE_WORD_LIMIT = 64;
/**
 * Characters of a note's text read for its words, headings aside (every heading is read): the
 * start of a long note says what it is about, and reading a 100 KB note whole for 64 words cost
 * more than the rest of its parse. Later sections are still known by their headings.
 */
export const NOTE_TEXT_BUDGET = 2_500;
const MAX_COUNT = 63;

export interface NoteTerms {
  /** The packed entries. */
  terms: string;
  /** Words read from the note's text (stop words aside): its length, for the score's length norm. */
  wordCount: number;
}

export interface TermEntry {
  count: number;
  heading: boolean;
  title: boolean;
}

const tally = new WordTally();
/** Reused from note to note for ranking a note's words and packing them. */
let scratch = new Float64Array(1024);

/** The words of a note's prose, lines in `skip` (1-based: questions still asking) left out; code and frontmatter are not prose. */
export function noteTerms(prose: string, lines: readonly LineInfo[], skip: ReadonlySet<number>, title: string): NoteTerms {
  let wordCount = 0;
  let budget = NOTE_TEXT_BUDGET;
  const skipping = skip.size > 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as LineInfo;
    if ((line.kind !== "text" && line.kind !== "heading") || (skipping && skip.has(index + 1))) continue;
    const heading = line.kind === "heading";
    if (!heading) {
      if (budget <= 0) continue;
      budget -= line.end - line.start;
    }
    const words = wordHashesOf(prose, line.start, line.end);
    for (let k = 0; k < words.count; k++) tally.add(words.hashes[k] as number, heading);
    wordCount += words.count;
  }
  // Keep the words said most: salience above the hash in one number, one numeric sort.
  if (scratch.length < tally.size) scratch = new Float64Array(tally.size * 2);
  const ranked = scratch.subarray(0, tally.size);
  let n = 0;
  tally.drain((hash, count, inHeading) => {
    ranked[n++] = Math.min(255, count + (inHeading ? 3 : 0)) * 0x2000000 + (inHeading ? 0x1000000 : 0) + (0xffffff - hash);
  });
  // Only which words are kept matters (they are packed in order of hash): the largest
  // NOTE_WORD_LIMIT values are moved to the end, not every value sorted.
  moveLargestToEnd(ranked, NOTE_WORD_LIMIT);
  const kept: number[] = [];
  for (let k = n - 1; k >= Math.max(0, n - NOTE_WORD_LIMIT); k--) {
    const value = ranked[k] as number;
    const low = value % 0x2000000;
    const inHeading = low >= 0x1000000;
    const salience = Math.floor(value / 0x2000000);
    kept.push(entryOf(0xffffff - (low % 0x1000000), inHeading ? salience - 3 : salience, inHeading, false));
  }
  return { terms: packWithTitle(kept, title), wordCount };
}

/** The terms with the title's words marked (a title word the text never says is kept with count 0); a former title's marks are dropped. */
export function withTitle(terms: string, title: string): string {
  const kept: number[] = [];
  for (let i = 0; i + 1 < terms.length; i += 2) {
    const second = terms.charCodeAt(i + 1);
    if (countOf(second) > 0) kept.push(terms.charCodeAt(i) * 0x10000 + (second & ~TITLE_BIT));
  }
  return packWithTitle(kept, title);
}

/**
 * Rearranges `values` (distinct numbers) so that its `count` largest are its last `count`, in
 * no particular order: a quickselect, linear on average, where a note's hundreds of words were
 * sorted whole for the 64 kept.
 */
export function moveLargestToEnd(values: Float64Array, count: number): void {
  const target = values.length - count;
  if (target <= 0) return;
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    // Now values[lo..j] <= pivot <= values[i..hi]: go on in the side that holds position `target`.
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return;
  }
}

/** An entry as one number: the two units it is stored as, high one first (sorts by hash). */
function entryOf(hash: number, count: number, heading: boolean, title: boolean): number {
  return (hash >>> 8) * 0x10000 + (((hash & 0xff) << 8) | (Math.min(MAX_COUNT, count) << 2) | (heading ? HEADING_BIT : 0) | (title ? TITLE_BIT : 0));
}

function packWithTitle(entries: number[], title: string): string {
  const words = wordHashesOf(title);
  for (let k = 0; k < words.count; k++) {
    const hash = words.hashes[k] as number;
    // Entries pass 2^32: compare and add, never `|` (bitwise operators cut numbers to 32 bits).
    const at = entries.findIndex((entry) => Math.floor(entry / 0x100) === hash);
    if (at === -1) entries.push(entryOf(hash, 0, false, true));
    else if ((entries[at] as number) % 2 === 0) entries[at] = (entries[at] as number) + TITLE_BIT;
  }
  // An insertion sort: a note keeps 64 entries or so, and a typed array's own sort cost more
  // than the rest of the packing.
  for (let i = 1; i < entries.length; i++) {
    const entry = entries[i] as number;
    let j = i - 1;
    for (; j >= 0 && (entries[j] as number) > entry; j--) entries[j + 1] = entries[j] as number;
    entries[j + 1] = entry;
  }
  const units = new Uint16Array(entries.length * 2);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as number;
    units[2 * i] = Math.floor(entry / 0x10000);
    units[2 * i + 1] = entry % 0x10000;
  }
  return String.fromCharCode.apply(null, units as unknown as number[]);
}

/** The entry of a word's hash (`hashOf(key)`), or null when the note does not hold it. */
export function lookUp(terms: string, hash: number): TermEntry | null {
  const unit = lookUpUnit(terms, hash);
  return unit === -1 ? null : { count: countOf(unit), heading: (unit & 2) !== 0, title: (unit & 1) !== 0 };
}

/**
 * The entry of a word's hash as its packed second unit (read it with `countOf`, `HEADING_BIT`,
 * `TITLE_BIT`), or -1: what the scoring loop over every note calls, without allocating.
 */
export function lookUpUnit(terms: string, hash: number): number {
  const wanted = hash & 0xffffff;
  let low = 0;
  let high = (terms.length >> 1) - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const second = terms.charCodeAt(2 * mid + 1);
    const key = (terms.charCodeAt(2 * mid) << 8) | (second >> 8);
    if (key === wanted) return second;
    if (key < wanted) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

export const HEADING_BIT = 2;
export const TITLE_BIT = 1;

export function countOf(unit: number): number {
  return (unit >> 2) & MAX_COUNT;
}

/** Every entry, in hash order. */
export function forEachEntry(terms: string, visit: (hash: number, entry: TermEntry) => void): void {
  for (let i = 0; i + 1 < terms.length; i += 2) {
    const second = terms.charCodeAt(i + 1);
    visit((terms.charCodeAt(i) << 8) | (second >> 8), { count: (second >> 2) & MAX_COUNT, heading: (second & 2) !== 0, title: (second & 1) !== 0 });
  }
}

