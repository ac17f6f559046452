import { isKoreanEnding, MAX_ENDING_LENGTH } from "./korean-endings";
import { isLatinWordChar, type Pattern } from "./match-patterns";
import { isHangul, isHangulSyllable } from "../text/hangul";

/**
 * Whether an occurrence of a pattern stands as a word of its own:
 * - Latin-script forms need a non-letter, non-digit on both sides (`CIO` is not CI); Korean
 *   right after them is fine (`Docker를`, `K8s에서`). Emphasis markup is no part of a word:
 *   `_Helm_` and `__k8s__` stand, `snake_case_docker` does not. A version may follow a product
 *   name directly: `python3`, `cgroup2`, `cgroupv2`.
 * - Korean forms need a non-Hangul character before them, and after them either a non-Hangul
 *   character or Korean endings (도커는, 쿠버네티스란; not 파스타, 깃발). Two names written
 *   together (도커컨테이너) count as both.
 */
export function standsAlone(text: string, pattern: Pattern, start: number, end: number, bounds: HitBounds, hit: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (pattern.hangulStart) {
    if (isHangul(before) && !bounds.someEndsAt(start, hit)) return false;
  } else if (pattern.wordStart && isLatinWordChar(before) && !(before === 95 && emphasisBefore(text, start))) {
    return false;
  }
  if (!pattern.hangulEnd) {
    if (!pattern.wordEnd || !isLatinWordChar(after)) return true;
    if (after === 95) return emphasisAfter(text, end);
    return pattern.versioned && versionEndsAt(text, end) !== -1;
  }
  if (!isHangulSyllable(after)) return !isHangul(after);
  if (bounds.someStartsAt(end, hit)) return true; // another name follows directly: 도커컨테이너
  let runEnd = end;
  while (runEnd < text.length && runEnd - end <= MAX_ENDING_LENGTH && isHangulSyllable(text.charCodeAt(runEnd))) runEnd++;
  return isKoreanEnding(text.slice(end, runEnd), pattern.syllables);
}

/** `_` or `__` opening emphasis right before `start`: the run of underscores follows no word character. */
function emphasisBefore(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && text.charCodeAt(at) === 95 && start - at <= 2) at--;
  return at < 0 || !isLatinWordChar(text.charCodeAt(at));
}

/** `_` or `__` closing emphasis right after `end`: the run of underscores is followed by no word character. */
function emphasisAfter(text: string, end: number): boolean {
  let at = end;
  while (at < text.length && text.charCodeAt(at) === 95 && at - end < 2) at++;
  return at >= text.length || !isLatinWordChar(text.charCodeAt(at));
}

/**
 * End of a version number written right after a name (`3`, `2.7`, `v2`) that ends the word, or
 * -1. Short on purpose: `python3` and `cgroupv2` are versions, `docker2podman` is not.
 */
function versionEndsAt(text: string, from: number): number {
  let at = from;
  if (text.charCodeAt(at) === 118 /* v */) at++;
  const digits = at;
  while (at < text.length && at - digits < 4 && isDigit(text.charCodeAt(at))) at++;
  if (at === digits) return -1;
  while (text.charCodeAt(at) === 46 && isDigit(text.charCodeAt(at + 1))) {
    at++;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  }
  return at < text.length && isLatinWordChar(text.charCodeAt(at)) ? -1 : at;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Where the hits of one text start and end. Hits come in order of their ends, so a hit ending
 * where hit `h` starts lies before `h`, and a hit starting where `h` ends lies after it, within
 * the longest pattern's length: both are found by looking a few hits back or ahead.
 */
export class HitBounds {
  constructor(
    readonly hitStart: Int32Array,
    readonly hitEnd: Int32Array,
    readonly count: number,
    private readonly longest: number,
  ) {}

  /** Whether some hit other than `hit` starts at `offset`, the end of `hit`. */
  someStartsAt(offset: number, hit: number): boolean {
    const { hitStart, hitEnd } = this;
    for (let j = hit + 1; j < this.count && (hitEnd[j] as number) <= offset + this.longest; j++) {
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
