import { AhoCorasick } from "./aho-corasick";
import type { ConceptSet } from "./concept-set";
import { FileNameFilter } from "./file-names";
import { compilePatterns, CUE, type CompiledReading, type Pattern } from "./match-patterns";
import { recognize, type FoundMention } from "./recognize-mentions";
import { ScratchArrays } from "./scratch-arrays";
import { HitBounds, standsAlone } from "./word-boundaries";

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

/** What one scan found: prose items in text order, and evidence in order of where it ends. */
export interface MatchScan {
  /** Mentions and words read by context, in the prose, in text order. */
  items: ScanItem[];
  evidenceEnds: number[];
  evidenceMasks: number[];
}

export interface ScanItem {
  pattern: Pattern;
  /** For a word read by context, how to read it (it may depend on the case it is written in). */
  reading: CompiledReading | undefined;
  start: number;
  end: number;
}

export class ConceptMatcher {
  private readonly automaton: AhoCorasick;
  private readonly patterns: Pattern[];
  private readonly longestPattern: number;
  /** Arrays the reading of a note works in, reused from note to note. */
  readonly scratch = new ScratchArrays();
  private buffers: ScanBuffers = { hitStart: new Int32Array(256), hitEnd: new Int32Array(256), hitPattern: new Int32Array(256) };

  constructor(readonly concepts: ConceptSet) {
    const table = compilePatterns(concepts);
    this.patterns = table.patterns;
    this.automaton = new AhoCorasick(table.texts, table.boundaries);
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
   * One pass over the prose of a note (its text with everything that is not prose blanked, offset
   * for offset); `text` is the note as written, for the case of case-sensitive forms.
   */
  scan(text: string, prose: string): MatchScan {
    const result: MatchScan = { items: [], evidenceEnds: [], evidenceMasks: [] };
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
    const claimants: number[] = [];
    const cues: number[] = [];
    for (let h = 0; h < count; h++) {
      const pattern = this.patterns[hitPattern[h] as number] as Pattern;
      const start = hitStart[h] as number;
      if (pattern.exact !== undefined && !text.startsWith(pattern.exact, start)) continue;
      if (!standsAlone(prose, pattern, start, hitEnd[h] as number, bounds, h)) continue;
      if (pattern.claims) claimants.push(h);
      else cues.push(h);
    }
    sortLeftmostLongest(claimants, hitStart, hitEnd);
    const files = new FileNameFilter(prose);
    let lastEnd = -1;
    // Evidence in order of where it ends: the chosen forms (a file name is evidence too, though
    // no mention), and the cues that claim nothing, merged in.
    let cue = 0;
    const evidence = (upTo: number): void => {
      for (; cue < cues.length && (hitEnd[cues[cue] as number] as number) <= upTo; cue++) {
        result.evidenceEnds.push(hitEnd[cues[cue] as number] as number);
        result.evidenceMasks.push((this.patterns[hitPattern[cues[cue] as number] as number] as Pattern).evidence);
      }
    };
    for (const h of claimants) {
      const start = hitStart[h] as number;
      if (start < lastEnd) continue;
      lastEnd = hitEnd[h] as number;
      const pattern = this.patterns[hitPattern[h] as number] as Pattern;
      if (pattern.evidence !== 0) {
        evidence(lastEnd);
        result.evidenceEnds.push(lastEnd);
        result.evidenceMasks.push(pattern.evidence);
      }
      if (pattern.role === CUE || files.inFileName(start, lastEnd)) continue;
      const reading = pattern.whenWritten && text.startsWith(pattern.whenWritten.exact, start) ? pattern.whenWritten.reading : pattern.reading;
      result.items.push({ pattern, reading, start, end: lastEnd });
    }
    evidence(prose.length);
    return result;
  }

  /** Work arrays for `count` hits, reused from scan to scan (a matcher scans one note at a time). */
  private buffersFor(count: number): ScanBuffers {
    if (this.buffers.hitStart.length < count) {
      const size = Math.max(count, this.buffers.hitStart.length * 2);
      this.buffers = { hitStart: new Int32Array(size), hitEnd: new Int32Array(size), hitPattern: new Int32Array(size) };
    }
    return this.buffers;
  }
}

interface ScanBuffers {
  hitStart: Int32Array;
  hitEnd: Int32Array;
  hitPattern: Int32Array;
}

/**
 * Orders hits leftmost first, then longest; equal spans keep the scan's order. An insertion
 * sort: hits arrive in order of their ends, so only overlapping hits (`docker` inside
 * `docker compose`) are out of place, and each moves back past a few neighbours at most.
 */
function sortLeftmostLongest(hits: number[], hitStart: Int32Array, hitEnd: Int32Array): void {
  for (let i = 1; i < hits.length; i++) {
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
