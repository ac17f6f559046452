import { FUZZY } from "./literal-match";

const NO_MATCH = 255;
/** Qualities per tier: as typed, translated, through the other layout, both. */
const PER_TIER = 4;
const QUALITIES = (FUZZY + 1) * PER_TIER;

/** How a match was made besides its tier. */
export interface MatchRoute {
  /** Read through the other keyboard layout. */
  converted: boolean;
  /** Read in the other language (the glossary's names, the lexicon's words). */
  translated: boolean;
}

/**
 * The best match of each item for one query, kept in typed arrays: a one-letter query matches
 * thousands of keys, and a keystroke cannot afford an object for each.
 *
 * An item's quality is `tier * 4 + converted * 2 + translated`: by tier, and within a tier the
 * query as typed, then read in the other language, then through the other keyboard layout.
 * Lower is better.
 */
export class SearchHits {
  private readonly quality: Uint8Array;
  private readonly bestKey: Int32Array;
  /** Items with a match, in the order first matched. */
  private readonly matched: number[] = [];
  /** Typo distances (plus fuse's score), for the few items that only matched with typos. */
  private readonly fuzzyScore = new Map<number, number>();
  /** Items that matched through a longer name built on another match's (`도커 이미지` beside `도커`). */
  private readonly extended = new Set<number>();
  /** Items held at each quality, kept as they are added: the scan of lines asks `cutoff` every few hundred keys. */
  private readonly counts = new Int32Array(QUALITIES);

  constructor(itemCount: number) {
    this.quality = new Uint8Array(itemCount).fill(NO_MATCH);
    this.bestKey = new Int32Array(itemCount);
  }

  get size(): number {
    return this.matched.length;
  }

  /** Keeps an item's better match; on a tie the earlier key: the name before its aliases. */
  add(item: number, key: number, tier: number, route: MatchRoute, score = 0): void {
    const quality = qualityOf(tier, route);
    const held = this.quality[item] as number;
    if (held === NO_MATCH) this.matched.push(item);
    else if (quality > held || (quality === held && (tier !== FUZZY || score >= (this.fuzzyScore.get(item) ?? 0)))) return;
    else this.counts[held] = (this.counts[held] as number) - 1;
    this.counts[quality] = (this.counts[quality] as number) + 1;
    this.quality[item] = quality;
    this.bestKey[item] = key;
    if (tier === FUZZY) this.fuzzyScore.set(item, score);
  }

  /** Items matched so far, in the order first matched. */
  items(): readonly number[] {
    return this.matched;
  }

  /** Ranks an item after the items matched as well as it through the name its own name extends. */
  markExtended(item: number): void {
    this.extended.add(item);
  }

  qualityOf(item: number): number {
    return this.quality[item] as number;
  }

  tierOf(item: number): number {
    return Math.floor((this.quality[item] as number) / PER_TIER);
  }

  translatedAt(item: number): boolean {
    return ((this.quality[item] as number) & 1) === 1;
  }

  keyOf(item: number): number {
    return this.bestKey[item] as number;
  }

  /**
   * The lowest quality that `max` items already reach or beat: an item that could only match at
   * this quality or worse, and ranks after the items held at the same quality, cannot make the
   * list. `QUALITIES` when fewer than `max` items are held.
   */
  cutoff(max: number): number {
    let seen = 0;
    for (let quality = 0; quality < QUALITIES; quality++) {
      seen += this.counts[quality] as number;
      if (seen >= max) return quality;
    }
    return QUALITIES;
  }

  /**
   * The best `max` items: by quality, then the items matched through a name another match's name
   * starts (`도커` before `도커 이미지`), typo distance, then `rank` (the order of equally good
   * items, lower first), then `tieBreak`. Only the qualities that fill the list are sorted, so a
   * query matching half the vault sorts a few hundred items, not thousands.
   */
  best(max: number, rank: Float64Array, tieBreak: (a: number, b: number) => number): number[] {
    const cutoff = this.cutoff(max);
    const score = (item: number): number => this.fuzzyScore.get(item) ?? 0;
    const extended = (item: number): number => (this.extended.has(item) ? 1 : 0);
    return this.matched
      .filter((item) => (this.quality[item] as number) <= cutoff)
      .sort((a, b) => (this.quality[a] as number) - (this.quality[b] as number) || extended(a) - extended(b) || score(a) - score(b) || (rank[a] as number) - (rank[b] as number) || tieBreak(a, b))
      .slice(0, max);
  }
}

/** The quality of a match made at `tier` along `route`. */
export function qualityOf(tier: number, route: MatchRoute): number {
  return tier * PER_TIER + (route.converted ? 2 : 0) + (route.translated ? 1 : 0);
}
