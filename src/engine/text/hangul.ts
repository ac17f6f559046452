/** Character classes of Hangul, by code point range (no regex, these run per character). */

/** A precomposed syllable such as 도 or 커 (U+AC00–U+D7A3). */
export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

/** Any Hangul: syllables, compatibility jamo (ㄷ, ㅋ), conjoining jamo. */
export function isHangul(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x3131 && code <= 0x318e) ||
    (code >= 0x1100 && code <= 0x11ff)
  );
}

export function containsHangul(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHangul(text.charCodeAt(i))) return true;
  return false;
}

/** Whether `text` holds a precomposed syllable between `from` and `to`: a line of Korean prose does. */
export function holdsHangulSyllable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHangulSyllable(text.charCodeAt(i))) return true;
  return false;
}
