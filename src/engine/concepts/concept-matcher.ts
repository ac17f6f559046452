import { AhoCorasick, fold } from "./aho-corasick";
import { capitalisedByPlace } from "./capitalised-by-place";
import type { ConceptSet } from "./concept-set";
import { FileNameFilter } from "./file-names";
import { compilePatterns, CUE, MENTION, READING, type CompiledReading, type Pattern, type PatternTable } from "./match-patterns";
import { recognize, type FoundMention } from "./recognize-mentions";
import { ScratchArrays } from "./scratch-arrays";
import { HitBounds, standsAlone } from "./word-boundaries";
import { doubled } from "../text/doubled-array";

export type { FoundMention } from "./recognize-mentions";

/**
 * Finds every concept form, word read by context and cue in the prose of a note (what is left
 * once code, URLs and markup are blanked) in one pass (see {@link AhoCorasick}), and keeps the
 * forms that stand as words ({@link standsAlone}) and lie in no file name
 * ({@link FileNameFilter}). Where they overlap, the leftmost, then the longest, wins
 * (`Dockerfile` is not also Docker, `docker-compose.yml` is Docker Compose, `flex container` is
 * no container). What it keeps is also the evidence of what the text speaks of, which the words
 * read by context are read against (see recognize-mentions.ts).
 */

/**
 * What one scan found, in arrays the matcher reuses from scan to scan (read them before the next
 * scan): the items (mentions and words read by context, in the prose, in text order) and the
 * evidence (in order of where it ends).
 */
export class MatchScan {
  count = 0;
  /** Per item: its pattern (an index into the matcher's), where it starts and ends, and its reading. */
  patterns = new Int32Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  readings: Array<CompiledReading | undefined> = [];
  evidenceCount = 0;
  evidenceEnds = new Int32Array(64);
  evidenceMasks = new Int32Array(64);

  addItem(pattern: number, start: number, end: number, reading: CompiledReading | undefined): void {
    if (this.count === this.starts.length) {
      this.patterns = doubled(this.patterns);
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
    }
    this.patterns[this.count] = pattern;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.readings[this.count] = reading;
    this.count++;
  }

  addEvidence(end: number, mask: number): void {
    if (this.evidenceCount === this.evidenceEnds.length) {
      this.evidenceEnds = doubled(this.evidenceEnds);
      this.evidenceMasks = doubled(this.evidenceMasks);
    }
    this.evidenceEnds[this.evidenceCount] = end;
    this.evidenceMasks[this.evidenceCount] = mask;
    this.evidenceCount++;
  }
}


export class ConceptMatcher {
  private readonly automaton: AhoCorasick;
  private readonly patterns: Pattern[];
  /** Each pattern's form, as the automaton was built from it. */
  private readonly texts: readonly string[];
  /** The longest form of a word read by context: a longer name is none, without a look-up. */
  readonly longestReading: number;
  private readonly longestPattern: number;
  /** Arrays the reading of a note works in, reused from note to note. */
  readonly scratch = new ScratchArrays();
  private buffers: ScanBuffers = emptyBuffers(256);
  private readonly result = new MatchScan();
  /** Where what a note is about (its path) is scanned, so that its own scan is kept meanwhile. */
  readonly aboutResult = new MatchScan();
  /** The concepts' names and aliases with their domains, for {@link wholeNameMask}: built when first asked. */
  private wholeNames: { exact: Map<string, number>; folded: Map<string, number> } | undefined;
  /** The patterns of words read by context, by their folded text: what {@link isReadByContext} looks names up in. */
  private readingsByText: Map<string, Pattern[]> | undefined;

  /**
   * `compiled`: the patterns and automaton of `concepts`, built beforehand (a shell that runs
   * long work in time slices builds them in steps of their own, `VaultConcepts.matcherSteps`).
   */
  constructor(
    readonly concepts: ConceptSet,
    compiled?: { table: PatternTable; automaton: AhoCorasick },
  ) {
    const table = compiled?.table ?? compilePatterns(concepts);
    this.patterns = table.patterns;
    this.texts = table.texts;
    this.longestReading = table.texts.reduce((longest, text, index) => (isReadingForm(table.patterns[index] as Pattern) ? Math.max(longest, text.length) : longest), 0);
    this.automaton = compiled?.automaton ?? new AhoCorasick(table.texts, table.boundaries);
    this.longestPattern = table.texts.reduce((longest, text) => Math.max(longest, text.length), 0);
  }

  /**
   * Mentions in a text read on its own, as one section of a note with no folder or title (for
   * notes, parseNote reads them with their context).
   */
  find(text: string): FoundMention[] {
    return recognize(this, text, text, { sectionStarts: [1], about: "" });
  }

  /**
   * Whether `name`, whole, is one word read by context (`Deployment`, `Volumes`, 이미지), in the
   * case it is written in where its form asks for one: what a wikilink such as `[[Deployment]]`
   * shows is then read as that word is, in its line and section. A lookup, not a scan: a vault
   * of thousands of notes links thousands of names, nearly none of them such a word.
   */
  isReadByContext(name: string): boolean {
    return this.readingOf(name) !== undefined;
  }

  /** The concepts `name`, read by context, may read as (its senses' and its default reading's): none when it is no such word. */
  conceptsReadFrom(name: string): string[] {
    const reading = this.readingOf(name);
    if (!reading) return [];
    const ids = reading.senses.map((sense) => sense.conceptId).filter((id) => id !== null);
    return reading.otherwise !== null && !ids.includes(reading.otherwise) ? [...ids, reading.otherwise] : ids;
  }

  private readingOf(name: string): CompiledReading | undefined {
    if (name.length > this.longestReading) return undefined;
    this.readingsByText ??= readingsByText(this.patterns, this.texts);
    for (const pattern of this.readingsByText.get(foldedText(name)) ?? []) {
      if (pattern.exact !== undefined && name !== pattern.exact) continue;
      const reading = pattern.whenWritten && name === pattern.whenWritten.exact ? pattern.whenWritten.reading : pattern.reading;
      if (reading) return reading;
    }
    return undefined;
  }

  /** The pattern an item of a scan was found by. */
  pattern(index: number): Pattern {
    return this.patterns[index] as Pattern;
  }

  /**
   * The domains of the concept `word` is a whole name or alias of, compared as the scan compares
   * names (`Docker-Compose` is `docker compose`; `cd` is no `CD`), or 0. For the commands of code
   * blocks, asked about line after line: a look-up in maps built on the first call, no scan.
   */
  wholeNameMask(word: string): number {
    this.wholeNames ??= wholeNameMaps(this.texts, this.patterns);
    return this.wholeNames.exact.get(word) ?? this.wholeNames.folded.get(foldedText(word)) ?? 0;
  }

  /**
   * One pass over the prose of a note (its text with everything that is not prose blanked, offset
   * for offset); `text` is the note as written, for the case of case-sensitive forms. What it
   * returns is reused by the next scan into the same `result`.
   */
  scan(text: string, prose: string, result: MatchScan = this.result): MatchScan {
    result.count = 0;
    result.evidenceCount = 0;
    const hits = this.automaton.scan(prose);
    const count = hits.count;
    if (count === 0) return result;
    const buffers = this.buffersFor(count);
    const { hitStart, hitEnd, hitPattern } = buffers;
    const lengths = this.automaton.patternLength;
    for (let k = 0; k < count; k++) {
      const pattern = hits.patterns[k] as number;
      hitPattern[k] = pattern;
      hitEnd[k] = hits.ends[k] as number;
      hitStart[k] = (hits.ends[k] as number) - (lengths[pattern] as number);
    }
    const bounds = new HitBounds(hitStart, hitEnd, count, this.longestPattern);
    // Hits that stand as words: those that claim their words (to choose among), and cues.
    const { claimants, cues } = buffers;
    let claimantCount = 0;
    let cueCount = 0;
    for (let h = 0; h < count; h++) {
      const pattern = this.patterns[hitPattern[h] as number] as Pattern;
      const start = hitStart[h] as number;
      if (pattern.exact !== undefined && !writtenAt(text, pattern.exact, start)) continue;
      if (!standsAlone(prose, pattern, start, hitEnd[h] as number, bounds, h)) continue;
      if (pattern.claims) claimants[claimantCount++] = h;
      else cues[cueCount++] = h;
    }
    sortLeftmostLongest(claimants, claimantCount, hitStart, hitEnd);
    const files = new FileNameFilter(prose);
    let lastEnd = -1;
    // Evidence in order of where it ends: the chosen forms (a file name is evidence too, though
    // no mention), and the cues that claim nothing, merged in.
    let cue = 0;
    for (let c = 0; c < claimantCount; c++) {
      const h = claimants[c] as number;
      const start = hitStart[h] as number;
      if (start < lastEnd) continue;
      lastEnd = hitEnd[h] as number;
      const index = hitPattern[h] as number;
      const pattern = this.patterns[index] as Pattern;
      if (pattern.evidence !== 0) {
        for (; cue < cueCount && (hitEnd[cues[cue] as number] as number) <= lastEnd; cue++) {
          result.addEvidence(hitEnd[cues[cue] as number] as number, (this.patterns[hitPattern[cues[cue] as number] as number] as Pattern).evidence);
        }
        result.addEvidence(lastEnd, pattern.evidence);
      }
      if (pattern.role === CUE || files.inFileName(start, lastEnd)) continue;
      const reading = pattern.whenWritten && writtenAt(text, pattern.whenWritten.exact, start) && !capitalOwedToPlace(text, pattern.whenWritten.reading, start) ? pattern.whenWritten.reading : pattern.reading;
      result.addItem(index, start, lastEnd, reading);
    }
    for (; cue < cueCount; cue++) result.addEvidence(hitEnd[cues[cue] as number] as number, (this.patterns[hitPattern[cues[cue] as number] as number] as Pattern).evidence);
    return result;
  }

  /** Work arrays for `count` hits, reused from scan to scan (a matcher scans one note at a time). */
  private buffersFor(count: number): ScanBuffers {
    if (this.buffers.hitStart.length < count) this.buffers = emptyBuffers(Math.max(count, this.buffers.hitStart.length * 2));
    return this.buffers;
  }
}

interface ScanBuffers {
  hitStart: Int32Array;
  hitEnd: Int32Array;
  hitPattern: Int32Array;
  claimants: Int32Array;
  cues: Int32Array;
}

function emptyBuffers(size: number): ScanBuffers {
  return { hitStart: new Int32Array(size), hitEnd: new Int32Array(size), hitPattern: new Int32Array(size), claimants: new Int32Array(size), cues: new Int32Array(size) };
}

function wholeNameMaps(texts: readonly string[], patterns: readonly Pattern[]): { exact: Map<string, number>; folded: Map<string, number> } {
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  patterns.forEach((pattern, index) => {
    if (pattern.role !== MENTION) return;
    if (pattern.exact !== undefined) exact.set(pattern.exact, pattern.evidence);
    else folded.set(foldedText(texts[index] as string), pattern.evidence);
  });
  return { exact, folded };
}

/** A form as the automaton compares it (see `fold`): ASCII in lower case, a hyphen or tab a space. */
function foldedText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold(text.charCodeAt(i)));
  return out;
}

/** Whether a pattern is a form of a word read by context, in any case or in the case it is written in. */
function isReadingForm(pattern: Pattern): boolean {
  return pattern.role === READING || pattern.whenWritten !== undefined;
}

function readingsByText(patterns: readonly Pattern[], texts: readonly string[]): Map<string, Pattern[]> {
  const byText = new Map<string, Pattern[]>();
  patterns.forEach((pattern, index) => {
    if (!isReadingForm(pattern)) return;
    const key = foldedText(texts[index] as string);
    byText.set(key, [...(byText.get(key) ?? []), pattern]);
  });
  return byText;
}

/**
 * Whether the capital of a form read in its own sense (`Deployment`) is owed to its place, and
 * says nothing: only where the capital alone would decide the concept (a reading whose default is
 * a concept); a capitalised `Service` still needs its context either way.
 */
function capitalOwedToPlace(text: string, reading: CompiledReading, at: number): boolean {
  return reading.otherwise !== null && capitalisedByPlace(text, at);
}

/**
 * Whether `text` holds `form` at `at`, case and all. By hand: the automaton has already matched
 * the form without regard to case, and `startsWith` cost more than the rest of a hit's checks.
 */
function writtenAt(text: string, form: string, at: number): boolean {
  for (let i = 0; i < form.length; i++) if (text.charCodeAt(at + i) !== form.charCodeAt(i)) return false;
  return true;
}

/**
 * Orders hits leftmost first, then longest; equal spans keep the scan's order. An insertion
 * sort: hits arrive in order of their ends, so only overlapping hits (`docker` inside
 * `docker compose`) are out of place, and each moves back past a few neighbours at most.
 */
function sortLeftmostLongest(hits: Int32Array, count: number, hitStart: Int32Array, hitEnd: Int32Array): void {
  for (let i = 1; i < count; i++) {
    const hit = hits[i] as number;
    const start = hitStart[hit] as number;
    const end = hitEnd[hit] as number;
    let j = i - 1;
    for (; j >= 0; j--) {
      const other = hits[j] as number;
      const otherStart = hitStart[other] as number;
      if (otherStart < start || (otherStart === start && (hitEnd[other] as number) >= end)) break;
      hits[j + 1] = other;
    }
    hits[j + 1] = hit;
  }
}
