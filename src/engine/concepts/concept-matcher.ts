import { AhoCorasick } from "./aho-corasick";
import type { Concept, ConceptSet } from "./concept-set";
import { isKoreanEnding, MAX_ENDING_LENGTH } from "./korean-endings";
import { isHangul, isHangulSyllable } from "../text/hangul";

/**
 * Finds every concept in a prose text in one pass (see {@link AhoCorasick}), then keeps the
 * occurrences that stand as words:
 * - Latin-script aliases need a non-letter, non-digit on both sides (`CIO` is not CI); Korean
 *   right after them is fine (`Docker를`, `K8s에서`).
 * - Korean aliases need a non-Hangul character before them, and after them either a
 *   non-Hangul character or Korean endings (도커는, 쿠버네티스란; not 파스타, 깃발). Two names
 *   written together (도커컨테이너) count as both.
 * - Where occurrences overlap, the leftmost, then the longest, wins: `Dockerfile` is not also
 *   Docker, `docker-compose.yml` is Docker Compose.
 */

export interface FoundMention {
  conceptId: string;
  start: number;
  end: number;
}

interface Pattern {
  concept: Concept;
  /** The alias as written, for case-sensitive aliases; undefined when case does not matter. */
  exact?: string;
  hangulStart: boolean;
  hangulEnd: boolean;
  syllables: number;
}

export class ConceptMatcher {
  private readonly automaton: AhoCorasick;
  private readonly patterns: Pattern[] = [];
  private readonly longestPattern: number;

  constructor(readonly concepts: ConceptSet) {
    const texts: string[] = [];
    const seen = new Set<string>();
    const add = (concept: Concept, alias: string, exact: boolean): void => {
      const text = alias.normalize("NFC").trim().replace(/\s+/g, " ");
      if (text === "") return;
      const key = (exact ? "=" : "~") + (exact ? text : text.toLowerCase());
      if (seen.has(key)) return;
      seen.add(key);
      texts.push(text);
      const pattern: Pattern = {
        concept,
        hangulStart: isHangul(text.charCodeAt(0)),
        hangulEnd: isHangul(text.charCodeAt(text.length - 1)),
        syllables: text.length,
      };
      if (exact) pattern.exact = text;
      this.patterns.push(pattern);
    };
    for (const concept of concepts.concepts) {
      for (const alias of concept.en) add(concept, alias, false);
      for (const alias of concept.exact) add(concept, alias, true);
      for (const alias of concept.ko) {
        add(concept, alias, false);
        if (alias.includes(" ")) add(concept, alias.replace(/\s+/g, ""), false); // 도커 컴포즈 → 도커컴포즈
      }
    }
    this.automaton = new AhoCorasick(texts);
    this.longestPattern = texts.reduce((longest, text) => Math.max(longest, text.length), 0);
  }

  /** Mentions in `prose` (text with code, URLs and markup already blanked), in text order. */
  find(prose: string): FoundMention[] {
    const scan = this.automaton.scan(prose);
    if (scan.count === 0) return [];
    // Hits as parallel arrays (a long note has thousands): pattern, start, end, in end order.
    const hitPattern: Pattern[] = [];
    const hitStart: number[] = [];
    const hitEnd: number[] = [];
    const lengths = this.automaton.patternLength;
    for (let k = 0; k < scan.count; k++) {
      const index = scan.patterns[k] as number;
      const pattern = this.patterns[index] as Pattern;
      const end = scan.ends[k] as number;
      const start = end - (lengths[index] as number);
      if (pattern.exact !== undefined && !prose.startsWith(pattern.exact, start)) continue;
      hitPattern.push(pattern);
      hitStart.push(start);
      hitEnd.push(end);
    }
    const bounds = new HitBounds(hitStart, hitEnd, this.longestPattern);
    const standing: number[] = [];
    for (let h = 0; h < hitPattern.length; h++) {
      if (this.standsAlone(prose, hitPattern[h] as Pattern, h, bounds)) standing.push(h);
    }
    sortLeftmostLongest(standing, hitStart, hitEnd);
    const found: FoundMention[] = [];
    let lastEnd = -1;
    for (const h of standing) {
      const start = hitStart[h] as number;
      if (start < lastEnd) continue;
      lastEnd = hitEnd[h] as number;
      found.push({ conceptId: (hitPattern[h] as Pattern).concept.id, start, end: lastEnd });
    }
    return found;
  }

  private standsAlone(prose: string, pattern: Pattern, hit: number, bounds: HitBounds): boolean {
    const start = bounds.hitStart[hit] as number;
    const end = bounds.hitEnd[hit] as number;
    const before = start > 0 ? prose.charCodeAt(start - 1) : 32;
    const after = end < prose.length ? prose.charCodeAt(end) : 32;
    if (pattern.hangulStart) {
      if (isHangul(before) && !bounds.someEndsAt(start, hit)) return false;
    } else if (isWordChar(before)) {
      return false;
    }
    if (!pattern.hangulEnd) return !isWordChar(after);
    if (!isHangulSyllable(after)) return !isHangul(after);
    if (bounds.someStartsAt(end, hit)) return true; // another name follows directly: 도커컨테이너
    let runEnd = end;
    while (runEnd < prose.length && runEnd - end <= MAX_ENDING_LENGTH && isHangulSyllable(prose.charCodeAt(runEnd))) runEnd++;
    return isKoreanEnding(prose.slice(end, runEnd), pattern.syllables);
  }
}

/**
 * Where the hits of one text start and end. Hits come in order of their ends, so a hit ending
 * where hit `h` starts lies before `h`, and a hit starting where `h` ends lies after it, within
 * the longest pattern's length: both are found by looking a few hits back or ahead.
 */
class HitBounds {
  constructor(
    readonly hitStart: readonly number[],
    readonly hitEnd: readonly number[],
    private readonly longest: number,
  ) {}

  /** Whether some hit other than `hit` starts at `offset`, the end of `hit`. */
  someStartsAt(offset: number, hit: number): boolean {
    const { hitStart, hitEnd } = this;
    for (let j = hit + 1; j < hitEnd.length && (hitEnd[j] as number) <= offset + this.longest; j++) {
      if (hitStart[j] === offset) return true;
    }
    return false;
  }

  /** Whether some hit ends at `offset`, the start of `hit`. */
  someEndsAt(offset: number, hit: number): boolean {
    const { hitEnd } = this;
    for (let j = hit - 1; j >= 0 && (hitEnd[j] as number) >= offset; j--) {
      if (hitEnd[j] === offset) return true;
    }
    return false;
  }
}

/**
 * Orders hits leftmost first, then longest; equal spans keep the scan's order. An insertion
 * sort: hits arrive in order of their ends, so only overlapping hits (`docker` inside
 * `docker compose`) are out of place, and each moves back past a few neighbours at most.
 */
function sortLeftmostLongest(hits: number[], hitStart: readonly number[], hitEnd: readonly number[]): void {
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

/** Letters and digits of Latin script (and `_`), which would make an English alias part of a longer word. */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    (code >= 0xc0 && code <= 0x24f)
  );
}
