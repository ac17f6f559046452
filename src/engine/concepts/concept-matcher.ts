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
  }

  /** Mentions in `prose` (text with code, URLs and markup already blanked), in text order. */
  find(prose: string): FoundMention[] {
    const hits: Array<{ pattern: Pattern; start: number; end: number }> = [];
    this.automaton.scan(prose, (index, start, end) => {
      const pattern = this.patterns[index] as Pattern;
      if (pattern.exact !== undefined && !prose.startsWith(pattern.exact, start)) return;
      hits.push({ pattern, start, end });
    });
    if (hits.length === 0) return [];
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const hit of hits) {
      starts.add(hit.start);
      ends.add(hit.end);
    }
    const standing = hits.filter((hit) => this.standsAlone(prose, hit.pattern, hit.start, hit.end, starts, ends));
    standing.sort((a, b) => a.start - b.start || b.end - a.end);
    const found: FoundMention[] = [];
    let lastEnd = -1;
    for (const hit of standing) {
      if (hit.start < lastEnd) continue;
      found.push({ conceptId: hit.pattern.concept.id, start: hit.start, end: hit.end });
      lastEnd = hit.end;
    }
    return found;
  }

  private standsAlone(prose: string, pattern: Pattern, start: number, end: number, starts: Set<number>, ends: Set<number>): boolean {
    const before = start > 0 ? prose.charCodeAt(start - 1) : 32;
    const after = end < prose.length ? prose.charCodeAt(end) : 32;
    if (pattern.hangulStart) {
      if (isHangul(before) && !ends.has(start)) return false;
    } else if (isWordChar(before)) {
      return false;
    }
    if (!pattern.hangulEnd) return !isWordChar(after);
    if (!isHangulSyllable(after)) return !isHangul(after);
    if (starts.has(end)) return true; // another name follows directly: 도커컨테이너
    let runEnd = end;
    while (runEnd < prose.length && runEnd - end <= MAX_ENDING_LENGTH && isHangulSyllable(prose.charCodeAt(runEnd))) runEnd++;
    return isKoreanEnding(prose.slice(end, runEnd), pattern.syllables);
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
