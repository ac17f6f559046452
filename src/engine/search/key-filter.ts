import { charBits, pairBits, wordStartBits } from "./literal-match";
import type { QueryReading } from "./search-keys";

/**
 * The bits a key must have to hold a reading (`literal-match.ts`: `charBits`, `pairBits`,
 * `wordStartBits`): tested on three numbers per key, they rule out most keys before any
 * `indexOf`, which matters for the hundred thousand line keys of a large vault.
 */
export interface KeyFilter {
  chars: number;
  pairs: number;
  /** Word starts the key needs when matches inside a word count (none), and when they do not. */
  starts: number;
  wordStarts: number;
  /**
   * Per word with other-language forms, the `charBits` and `pairBits` of the word and of each
   * form, side by side: the key has the bits of one of them. Without this every key with the other
   * words' letters (the `ㅇ` of 컨테이너 ㅇ) would be searched for each of a dozen forms.
   */
  either: Int32Array[] | undefined;
}

export function keyFilterOf(reading: QueryReading): KeyFilter {
  const wordStarts = requiredBits(reading, wordStartBits);
  return { chars: requiredBits(reading, charBits), pairs: requiredBits(reading, pairBits), starts: reading.infix ? 0 : wordStarts, wordStarts, either: alternativeBits(reading) };
}

/** Whether a key with these bits may hold each word of the reading that has other-language forms. */
export function hasEachWord(chars: number, pairs: number, words: readonly Int32Array[]): boolean {
  for (const forms of words) {
    let found = false;
    for (let f = 0; f < forms.length && !found; f += 2) found = (chars & (forms[f] as number)) === forms[f] && (pairs & (forms[f + 1] as number)) === forms[f + 1];
    if (!found) return false;
  }
  return true;
}

/** Bits every key holding the reading has: of the query, or of its words that have no other form. */
function requiredBits(reading: QueryReading, bitsOf: (text: string) => number): number {
  if (!reading.words.some((word) => word.alternatives)) return bitsOf(reading.text);
  let bits = 0;
  for (const word of reading.words) if (!word.alternatives) bits |= bitsOf(word.text);
  return bits;
}

function alternativeBits(reading: QueryReading): Int32Array[] | undefined {
  let out: Int32Array[] | undefined;
  for (const word of reading.words) {
    if (!word.alternatives) continue;
    const forms = [word.text, ...word.alternatives.map((alternative) => alternative.text)];
    (out ??= []).push(Int32Array.from(forms.flatMap((form) => [charBits(form), pairBits(form)])));
  }
  return out;
}
