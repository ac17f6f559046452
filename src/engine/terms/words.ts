import { isHangulSyllable } from "../text/hangul";
import { doubled } from "../text/doubled-array";
import { lexiconOf } from "./ko-en-lexicon";
import { isEnding, koreanStem } from "./korean-stem";
import { STOP_WORDS } from "./stop-words";

/**
 * The words of a note or a question as answer suggestions compare them: Latin words lowercased
 * and lightly stemmed (routing, routes → rout), Korean words without their particles and endings
 * (라우팅을 → 라우팅), both read through the lexicon (라우팅 → route → rout), so that the same thing
 * written in either language, or with another ending, becomes the same key. Korean is cut where
 * the script changes (`Docker를` is `docker` + a particle), never inside a run of syllables.
 */

const LEXICON = lexiconOf(koreanStem);

/** Keys of words already read: a vault repeats its words, and stemming is the costly part. */
const keyCache = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/** Calls `visit` with the key of every word of `text` (from `from` to `to`) that says something, with its offsets. */
export function forEachWord(text: string, visit: (key: string, start: number, end: number) => void, from = 0, to = text.length): void {
  let i = from;
  const n = to;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLatinWordChar(c)) {
      const start = i;
      while (i < n && isLatinWordChar(text.charCodeAt(i))) i++;
      const key = keyOf(text.slice(start, i), false);
      if (key !== null) visit(key, start, i);
    } else if (isHangulSyllable(c)) {
      const start = i;
      while (i < n && isHangulSyllable(text.charCodeAt(i))) i++;
      const key = keyOf(text.slice(start, i), true);
      if (key !== null) visit(key, start, i);
    } else {
      i++;
    }
  }
}

/**
 * Hashes of words already read, by a hash of the word as written, in a direct-mapped table: the
 * index reads every word of the vault, and a vault repeats its words. A slot holds the last word
 * that fell in it; another word in the same slot is read again and takes its place.
 */
const CACHE_BITS = 16;
/**
 * Slot `s` holds the word's raw hash at `2s` and its key's hash at `2s + 1` (-2: empty, -1: a
 * word that says nothing): side by side, so a lookup loads one cache line, not two. Filled with
 * -2 whole: an empty slot's key hash says so, whatever its raw hash holds.
 */
const cached = new Int32Array(2 << CACHE_BITS).fill(-2);

/** The hashes one call of {@link wordHashesOf} found: read them before the next call. */
export interface WordHashes {
  count: number;
  hashes: Int32Array;
}

const found: WordHashes = { count: 0, hashes: new Int32Array(1024) };

/**
 * `hashOf(key) & 0xffffff` of every word of `text` (from `from` to `to`) that says something, in
 * an array reused from call to call. The words themselves are never cut out of the text unless
 * met for the first time: the index reads every word of the vault this way, and a slice and a
 * string lookup per word cost as much as the rest of its reading (a callback per word, too).
 */
export function wordHashesOf(text: string, from = 0, to = text.length): WordHashes {
  let hashes = found.hashes;
  let count = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let raw: number;
    const start = i;
    // One loop a script, the test for the word's end written out: the scripts never share a
    // word (`Docker를` is `docker` + a particle), and a test of which script on every character
    // cost a third of the loop.
    if (c < 128 ? LATIN_WORD[c] === 1 : false) {
      raw = 0x811c9dc5;
      for (; i < to; i++) {
        const d = text.charCodeAt(i);
        if (d >= 128 || LATIN_WORD[d] === 0) break;
        raw = Math.imul(raw ^ (d >= 65 && d <= 90 ? d + 32 : d), 0x01000193);
      }
    } else if (c >= 0xac00 && c <= 0xd7a3) {
      raw = 0x050c5d1f; // another seed: a Korean word never takes a Latin word's slot by chance
      for (; i < to; i++) {
        const d = text.charCodeAt(i);
        if (d < 0xac00 || d > 0xd7a3) break;
        raw = Math.imul(raw ^ d, 0x01000193);
      }
    } else {
      // Runs of spaces are long in prose, where links, code and markup are blanked: skipped in a
      // loop of their own.
      i++;
      if (c === 32) while (i < to && text.charCodeAt(i) === 32) i++;
      continue;
    }
    const slot = 2 * ((raw ^ (raw >>> CACHE_BITS)) & ((1 << CACHE_BITS) - 1));
    let hash = cached[slot + 1] as number;
    if (hash === -2 || cached[slot] !== raw) {
      const key = keyOf(text.slice(start, i), c >= 128);
      hash = key === null ? -1 : hashOf(key) & 0xffffff;
      cached[slot] = raw;
      cached[slot + 1] = hash;
    }
    if (hash === -1) continue;
    if (count === hashes.length) hashes = found.hashes = doubled(hashes);
    hashes[count++] = hash;
  }
  found.count = count;
  return found;
}

/** `[A-Za-z0-9_]`: the characters of a Latin word. */
const LATIN_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) LATIN_WORD[c] = isLatinWordChar(c) ? 1 : 0;

/** The key of one word, or null when it says nothing (a stop word, a number, a single letter). */
export function keyOf(word: string, hangul: boolean): string | null {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const key = hangul ? koreanKey(word) : latinKey(word);
  if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function latinKey(word: string): string | null {
  const lower = word.toLowerCase().replace(/^_+|_+$/g, "");
  if (lower.length < 2 || /^\d+$/.test(lower) || STOP_WORDS.has(lower)) return null;
  return englishStem(LEXICON.get(lower) ?? lower);
}

function koreanKey(word: string): string | null {
  if (STOP_WORDS.has(word) || isEnding(word)) return null;
  const stem = koreanStem(word);
  if (STOP_WORDS.has(stem)) return null;
  const english = LEXICON.get(stem);
  return english !== undefined ? englishStem(english) : stem;
}

/** A light English stemmer: plurals, -ing, -ed, a final e (routes, routing, routed, route → rout). */
export function englishStem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (/(?:ch|sh|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** FNV-1a (32 bit) of a key, never 0 (0 marks an empty slot in the tables that hold these). */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0 || 1;
}

function isLatinWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
