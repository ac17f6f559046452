import type { SearchKeyTable } from "./search-key-table";

/**
 * Line keys (headings, questions) by their whole jamo and initial-consonant text: when names fill
 * the list, a line can only place by being exactly the query, and a map finds that without a
 * scan. Filled a slice at a time (`fillSome`), ahead of the first keystroke that needs it: filling
 * it at once takes tens of milliseconds at ten thousand notes.
 */
export class ExactLines {
  readonly jamo = new Map<string, number[]>();
  readonly choseong = new Map<string, number[]>();
  private nextKey: number;
  /** The next initial-consonant form to add; -1 until the keys are built and the lines' first is known. */
  private nextChoseong = -1;

  constructor(
    private readonly keys: SearchKeyTable,
    private readonly firstLineKey: number,
  ) {
    this.nextKey = firstLineKey;
  }

  /** Adds lines until all are in (true) or `shouldStop` says so, asked every 1024 lines; builds the keys it needs first. */
  fillSome(shouldStop: () => boolean = () => false): boolean {
    const { keys } = this;
    if (!keys.buildSome(shouldStop)) return false;
    while (this.nextKey < keys.size) {
      const end = Math.min(this.nextKey + 1024, keys.size);
      for (; this.nextKey < end; this.nextKey++) addTo(this.jamo, keys.jamo[this.nextKey] as string, this.nextKey);
      if (this.nextKey < keys.size && shouldStop()) return false;
    }
    if (this.nextChoseong < 0) this.nextChoseong = keys.choseongBefore(this.firstLineKey);
    while (this.nextChoseong < keys.choseongText.length) {
      const end = Math.min(this.nextChoseong + 1024, keys.choseongText.length);
      for (; this.nextChoseong < end; this.nextChoseong++) addTo(this.choseong, keys.choseongText[this.nextChoseong] as string, keys.choseongKey[this.nextChoseong] as number);
      if (this.nextChoseong < keys.choseongText.length && shouldStop()) return false;
    }
    return true;
  }
}

function addTo(map: Map<string, number[]>, text: string, key: number): void {
  const held = map.get(text);
  if (held) held.push(key);
  else map.set(text, [key]);
}
