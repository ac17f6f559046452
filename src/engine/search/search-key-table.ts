import { charBits, pairBits, wordStartBits } from "./literal-match";
import { SearchKeyBuilder } from "./search-keys";
import { MAX_LINE_KEY_LENGTH } from "./search-catalog";

/**
 * The compared forms of every key, built on first use: `build(upTo)` makes the keys up to a
 * place (names first, then lines), `buildSome(shouldStop)` makes them a slice at a time for a
 * shell that warms the search between frames. Each key's jamo form, its initial consonants (for
 * keys with Hangul) and three 32-bit masks that rule most keys out before any `indexOf`.
 */
export class SearchKeyTable {
  readonly jamo: string[] = [];
  /** Initial-consonant forms, in key order, with the key each belongs to. */
  readonly choseongText: string[] = [];
  readonly choseongKey: number[] = [];
  /** Per key: `charBits`, `pairBits` and `wordStartBits` of its jamo; per initial-consonant form, of that form. */
  readonly chars: Int32Array;
  readonly pairs: Int32Array;
  readonly starts: Int32Array;
  readonly choseongChars: number[] = [];
  readonly choseongPairs: number[] = [];
  readonly choseongStarts: number[] = [];
  private next = 0;

  constructor(
    private readonly forms: readonly string[],
    private readonly firstLineKey: number,
    private readonly keys: SearchKeyBuilder,
  ) {
    this.chars = new Int32Array(forms.length);
    this.pairs = new Int32Array(forms.length);
    this.starts = new Int32Array(forms.length);
  }

  /** Keys built so far: every key below this has its forms. */
  get built(): number {
    return this.next;
  }

  get size(): number {
    return this.forms.length;
  }

  /** Builds every key below `upTo`. */
  build(upTo: number): void {
    const end = Math.min(upTo, this.forms.length);
    while (this.next < end) this.buildOne();
  }

  /** Builds keys until every one is built (true) or `shouldStop` says so, asked every 256 keys. */
  buildSome(shouldStop: () => boolean): boolean {
    while (this.next < this.forms.length) {
      const end = Math.min(this.next + 256, this.forms.length);
      while (this.next < end) this.buildOne();
      if (this.next < this.forms.length && shouldStop()) return false;
    }
    return true;
  }

  /** How many initial-consonant forms belong to keys below `key`, among those built. */
  choseongBefore(key: number): number {
    const owners = this.choseongKey;
    let low = 0;
    let high = owners.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((owners[middle] as number) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private buildOne(): void {
    const id = this.next++;
    const raw = this.forms[id] as string;
    const form = id >= this.firstLineKey && raw.length > MAX_LINE_KEY_LENGTH ? raw.slice(0, MAX_LINE_KEY_LENGTH) : raw;
    // An emoji alone leaves nothing to compare: an empty key, which no query matches.
    const key = this.keys.key(form);
    const jamo = key?.jamo ?? "";
    this.jamo.push(jamo);
    this.chars[id] = charBits(jamo);
    this.pairs[id] = pairBits(jamo);
    this.starts[id] = wordStartBits(jamo);
    if (key?.choseong !== undefined) {
      this.choseongText.push(key.choseong);
      this.choseongKey.push(id);
      this.choseongChars.push(charBits(key.choseong));
      this.choseongPairs.push(pairBits(key.choseong));
      this.choseongStarts.push(wordStartBits(key.choseong));
    }
  }
}
