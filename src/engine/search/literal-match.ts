import type { QueryReading } from "./search-keys";

/**
 * Where a key holds a query, as a tier: lower is better, the index of `MATCH_KINDS`. Keys and
 * queries are normalised so that words are separated by single spaces; a word start is the key's
 * start or the character after a space.
 */
export const EXACT = 0;
export const PREFIX = 1;
export const WORD = 2;
export const INFIX = 3;
export const FUZZY = 4;

const SPACE = 32;

/**
 * The best match of `key` for the reading, as `tier * 2 + translated` (translated: a word was
 * found only through its other-language alternative), or `undefined`. One `indexOf` settles the
 * common case, a key without the query; this runs for every key on every keystroke.
 *
 * A query of several words also matches when each word starts a word of the key, in any order
 * (`롤백 어떻게` finds `배포가 잘못되면 롤백은 어떻게 해?`), a word in either language
 * (`도커 network`, `docker 네트워크`).
 */
export function literalMatch(key: string, reading: QueryReading): number | undefined {
  const at = key.indexOf(reading.text);
  if (at === 0) return (key.length === reading.text.length ? EXACT : PREFIX) * 2;
  let best: number | undefined;
  if (at > 0) {
    if (key.charCodeAt(at - 1) === SPACE || key.includes(reading.spaced)) return WORD * 2;
    if (reading.infix) best = INFIX * 2;
  }
  if (reading.words.length > 0) {
    const words = wordsMatch(key, reading);
    if (words !== undefined && (best === undefined || words < best)) best = words;
  }
  return best;
}

/** `WORD` when every query word starts a word of the key, `INFIX` when some are only inside one; `* 2 + translated`. */
function wordsMatch(key: string, reading: QueryReading): number | undefined {
  let tier = WORD;
  let translated = 0;
  for (const word of reading.words) {
    let found = placeOf(key, word.text, word.spaced);
    if (found !== WORD && word.alternatives) {
      for (const alternative of word.alternatives) {
        if (holdsWord(key, alternative.text)) {
          found = WORD;
          translated = 1;
          break;
        }
      }
    }
    if (found === undefined || (found === INFIX && !reading.infix)) return undefined;
    if (found === INFIX) tier = INFIX;
  }
  return tier * 2 + translated;
}

/**
 * Whether the key holds `text` as whole words. A translation stands for a whole word: `kube`, a
 * name of Kubernetes, must not find `kube-controller-manager`, nor `network` find `networkpolicy`.
 */
function holdsWord(key: string, text: string): boolean {
  for (let at = key.indexOf(text); at >= 0; at = key.indexOf(text, at + 1)) {
    const end = at + text.length;
    if ((at === 0 || key.charCodeAt(at - 1) === SPACE) && (end === key.length || key.charCodeAt(end) === SPACE)) return true;
  }
  return false;
}

/** `WORD` when the word starts a word of the key, `INFIX` when it is only inside one. */
function placeOf(key: string, text: string, spaced: string): number | undefined {
  const at = key.indexOf(text);
  if (at < 0) return undefined;
  return at === 0 || key.charCodeAt(at - 1) === SPACE || key.includes(spaced) ? WORD : INFIX;
}

/**
 * One of 32 bits for each character of a text (spaces aside). A key whose bits lack one of the
 * query's cannot hold the query: a test on a number rules out most keys before any `indexOf`.
 */
export function charBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE) bits |= bitOf(code);
  }
  return bits;
}

/** The bits of the characters that start a word of the text. */
export function wordStartBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && (i === 0 || text.charCodeAt(i - 1) === SPACE)) bits |= bitOf(code);
  }
  return bits;
}

/**
 * One of 32 bits for each pair of neighbouring characters in a word of the text. A key holds
 * every pair of the query's words: where most keys have the query's letters (long lines of
 * English have most of them), far fewer have them in the same pairs.
 */
export function pairBits(text: string): number {
  let bits = 0;
  for (let i = 1; i < text.length; i++) {
    const before = text.charCodeAt(i - 1);
    const code = text.charCodeAt(i);
    if (before !== SPACE && code !== SPACE) bits |= bitOf((before << 16) ^ code);
  }
  return bits;
}

function bitOf(code: number): number {
  // Fibonacci hashing spreads the jamo block and the Latin letters over all 32 bits.
  return 1 << (Math.imul(code, 0x9e3779b1) >>> 27);
}
