import { stableHash } from "../text/stable-hash";

/**
 * The keys of a note's questions, given their texts in order: a hash of the text (spacing and
 * case aside), with an ordinal from the second question of the same text on (`k3x9a`,
 * `k3x9a-2`). A key follows from the texts alone, so the index keeps the texts, not the keys.
 */
export class QuestionKeys {
  private readonly counts = new Map<string, number>();

  next(questionText: string): string {
    const baseKey = keyHash(questionText);
    const seen = this.counts.get(baseKey) ?? 0;
    this.counts.set(baseKey, seen + 1);
    return seen === 0 ? baseKey : `${baseKey}-${seen + 1}`;
  }
}

/**
 * `stableHash(text.replace(/\s+/g, " ").toLowerCase())`, hashed as it is read, without the two
 * copies: `toLowerCase` of a two-byte (Korean) string takes V8's slow Unicode path, and every
 * question of the vault is keyed. ASCII is lowered by hand; Hangul, CJK, punctuation and arrows
 * have no case; any other character falls back to the copies, which know all of Unicode.
 */
export function keyHash(text: string): string {
  let hash = 0x811c9dc5;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (inSpace) continue;
        inSpace = true;
        c = 32;
      } else {
        inSpace = false;
        if (c >= 65 && c <= 90) c += 32;
      }
    } else if (hasNoCase(c)) {
      inSpace = false;
    } else {
      return stableHash(text.replace(/\s+/g, " ").toLowerCase());
    }
    hash ^= c;
    hash = Math.imul(hash, 0x01000193);
  }
  return base36(hash >>> 0);
}

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

/** `n.toString(36)` for an unsigned 32-bit `n`, by hand: the built-in is a call into the runtime, once a question. */
function base36(n: number): string {
  let out = "";
  do {
    out = (DIGITS[n % 36] as string) + out;
    n = Math.floor(n / 36);
  } while (n > 0);
  return out;
}

/** Hangul syllables and jamo, CJK ideographs, general punctuation and arrows: neither case nor white space. */
function hasNoCase(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x3131 && c <= 0x318e) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x2190 && c <= 0x21ff)
  );
}
