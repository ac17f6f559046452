import type { VaultIndex } from "../index/vault-index";
import { FuzzyMatcher } from "./fuzzy-match";
import { EXACT, FUZZY, PREFIX, charBits, literalTier, wordStartBits } from "./literal-match";
import { SearchHits } from "./search-hits";
import { buildSearchItems, type SearchItem } from "./search-items";
import { readQuery, type QueryReading } from "./search-keys";
import { MATCH_KINDS, type SearchResult } from "./search-result";

/** What the modal lists when the caller gives no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;

/**
 * The term search behind "Search DevOps terms": concepts, notes and questions, found by name,
 * alias, initial consonants, the other keyboard layout, or with typos.
 *
 * Everything per item is computed once, in `fromIndex`. A keystroke reads the query (one or two
 * readings) and runs one `indexOf` per concept and note key. Questions, most of the keys and the
 * longest, are scanned only when they could make the list: when names and titles already fill it
 * with exact and prefix matches, a question could only outrank them by being exactly the query,
 * which a map lookup finds. The fuzzy pass runs only when the literal matches do not fill the
 * list, since a fuzzy match never ranks above a literal one.
 *
 * Ranking, best first: how the query matched (exact, prefix, word start, inside a word, typo;
 * fuzzy ones by fuse's score), as typed before through the other layout, concepts before notes
 * before questions, more used before less (concept mentions, note questions), title in code-point
 * order, then the item's id. An empty query lists the most-mentioned concepts.
 *
 * Built from one state of the index; rebuild when `version` differs from the index's.
 */
export class TermSearch {
  /** `VaultIndex.version` this search was built from. */
  readonly version: number;
  private readonly items: SearchItem[];
  /** Every key of every item, flattened in item order, so a keystroke walks arrays, not objects. */
  private readonly keyJamo: string[] = [];
  private readonly keyOwner: number[] = [];
  private readonly keyForm: string[] = [];
  /** `charBits` and `wordStartBits` of each key's jamo, then of each initial-consonant form. */
  private readonly keyBits: KeyBits;
  private readonly choseongBits: KeyBits;
  /** Keys from here on belong to questions (items list concepts, then notes, then questions). */
  private readonly firstQuestionKey: number;
  /** Keys that have initial-consonant forms, with those forms, in key order. */
  private readonly choseongKeys: number[] = [];
  private readonly choseongText: string[] = [];
  private readonly firstQuestionChoseong: number;
  /** Question keys by their whole text, for exact matches without a scan. */
  private readonly questionsByJamo = new Map<string, number[]>();
  private readonly questionsByChoseong = new Map<string, number[]>();
  private readonly fuzzy: FuzzyMatcher;
  /** Key index of each key the fuzzy matcher holds. */
  private readonly fuzzyKeys: number[] = [];
  /** Each item's place in the order of equally good matches (concepts first, more used, title). */
  private readonly itemRank: Int32Array;
  private readonly topConcepts: number[];

  private constructor(items: SearchItem[], version: number) {
    this.items = items;
    this.version = version;
    const fuzzyText: string[] = [];
    let firstQuestionKey = -1;
    items.forEach((item, owner) => {
      const question = item.target.kind === "question";
      for (const key of item.keys) {
        const id = this.keyJamo.length;
        if (question && firstQuestionKey < 0) firstQuestionKey = id;
        this.keyJamo.push(key.jamo);
        this.keyOwner.push(owner);
        this.keyForm.push(key.form);
        if (key.choseong !== undefined) {
          this.choseongKeys.push(id);
          this.choseongText.push(key.choseong);
        }
        if (question) {
          addTo(this.questionsByJamo, key.jamo, id);
          if (key.choseong !== undefined) addTo(this.questionsByChoseong, key.choseong, id);
        } else {
          // Questions are sentences: a typo-tolerant match against them matches nearly anything.
          this.fuzzyKeys.push(id);
          fuzzyText.push(key.jamo);
        }
      }
    });
    this.keyBits = bitsOf(this.keyJamo);
    this.choseongBits = bitsOf(this.choseongText);
    this.firstQuestionKey = firstQuestionKey < 0 ? this.keyJamo.length : firstQuestionKey;
    const firstChoseong = this.choseongKeys.findIndex((key) => key >= this.firstQuestionKey);
    this.firstQuestionChoseong = firstChoseong < 0 ? this.choseongKeys.length : firstChoseong;
    this.fuzzy = new FuzzyMatcher(fuzzyText);
    const order = items.map((_, index) => index).sort((a, b) => compareItems(items[a] as SearchItem, items[b] as SearchItem));
    this.itemRank = new Int32Array(items.length);
    order.forEach((item, rank) => (this.itemRank[item] = rank));
    this.topConcepts = order.filter((index) => items[index]?.target.kind === "concept" && (items[index]?.use ?? 0) > 0);
  }

  static fromIndex(index: VaultIndex): TermSearch {
    return new TermSearch(buildSearchItems(index), index.version);
  }

  /** Items searched: concepts, notes and questions. */
  get size(): number {
    return this.items.length;
  }

  /**
   * The best `limit` items for what the user typed so far. A blank query lists the vault's most
   * mentioned concepts, so the modal opens on something to pick rather than an empty list.
   */
  search(query: string, limit: number = DEFAULT_SEARCH_LIMIT): SearchResult[] {
    const max = Math.floor(limit);
    if (!(max > 0)) return [];
    const readings = readQuery(query);
    if (readings.length === 0) return this.topConcepts.slice(0, max).map((item) => this.resultOf(item, "none", this.items[item]?.target.title ?? ""));

    const hits = new SearchHits(this.items.length);
    for (const reading of readings) this.scan(reading, hits, false);
    // A question ranks after the names and titles matched as well as it. When those fill the list
    // with exact and prefix matches as typed, only a question that is exactly the query can place.
    if (hits.cutoff(max) > PREFIX * 2) {
      for (const reading of readings) this.scan(reading, hits, true);
    } else {
      for (const reading of readings) this.addExactQuestions(reading, hits);
    }
    if (hits.size < max) {
      for (const reading of readings) if (reading.fuzzy) this.addFuzzy(reading, hits, max);
    }
    this.markExtendedNames(hits);
    return hits.best(max, this.itemRank).map((item) => this.resultOf(item, MATCH_KINDS[hits.tierOf(item)] ?? "fuzzy", this.keyForm[hits.keyOf(item)] ?? ""));
  }

  /**
   * A concept matched through a name that is another matched concept's name and more
   * (`도커 이미지`, `docker images` beside `도커`, `Docker`) ranks after it, however much more it
   * is used: whoever types the start of a name means the name before the longer ones built on it.
   */
  private markExtendedNames(hits: SearchHits): void {
    const matchedNames = new Map<string, number>();
    const nameOf = (item: number): string => (this.keyForm[hits.keyOf(item)] ?? "").toLowerCase();
    const concepts = hits.items().filter((item) => this.items[item]?.target.kind === "concept");
    for (const item of concepts) matchedNames.set(`${hits.qualityOf(item)} ${nameOf(item)}`, item);
    for (const item of concepts) {
      const name = nameOf(item);
      for (let space = name.indexOf(" "); space !== -1; space = name.indexOf(" ", space + 1)) {
        const shorter = matchedNames.get(`${hits.qualityOf(item)} ${name.slice(0, space)}`);
        if (shorter !== undefined && shorter !== item) {
          hits.markExtended(item);
          break;
        }
      }
    }
  }

  /** Matches one reading against the keys of concepts and notes, or of questions. */
  private scan(reading: QueryReading, hits: SearchHits, questions: boolean): void {
    const choseong = reading.mode === "choseong";
    const texts = choseong ? this.choseongText : this.keyJamo;
    const { chars, starts } = choseong ? this.choseongBits : this.keyBits;
    const split = choseong ? this.firstQuestionChoseong : this.firstQuestionKey;
    const needChars = charBits(reading.text);
    // Without infix matches, the query and each of its words start a word of the key.
    const needStarts = reading.infix ? 0 : wordStartBits(reading.text);
    for (let i = questions ? split : 0, end = questions ? texts.length : split; i < end; i++) {
      if (((chars[i] as number) & needChars) !== needChars || ((starts[i] as number) & needStarts) !== needStarts) continue;
      const tier = literalTier(texts[i] as string, reading);
      if (tier === undefined) continue;
      const key = choseong ? (this.choseongKeys[i] as number) : i;
      hits.add(this.keyOwner[key] as number, key, tier, reading.converted);
    }
  }

  private addExactQuestions(reading: QueryReading, hits: SearchHits): void {
    const byText = reading.mode === "choseong" ? this.questionsByChoseong : this.questionsByJamo;
    for (const key of byText.get(reading.text) ?? []) hits.add(this.keyOwner[key] as number, key, EXACT, reading.converted);
  }

  private addFuzzy(reading: QueryReading, hits: SearchHits, max: number): void {
    // Twice the list: an item's several keys can take several of fuse's places.
    for (const found of this.fuzzy.match(reading.text, 2 * max)) {
      const key = this.fuzzyKeys[found.key] as number;
      // An item already matched literally keeps that match: `add` keeps the better quality.
      hits.add(this.keyOwner[key] as number, key, FUZZY, reading.converted, found.score);
    }
  }

  private resultOf(item: number, match: SearchResult["match"], matched: string): SearchResult {
    const target = (this.items[item] as SearchItem).target;
    return { ...target, aliases: [...target.aliases], match, matched };
  }
}

interface KeyBits {
  chars: Int32Array;
  starts: Int32Array;
}

function bitsOf(texts: readonly string[]): KeyBits {
  const chars = new Int32Array(texts.length);
  const starts = new Int32Array(texts.length);
  texts.forEach((text, i) => {
    chars[i] = charBits(text);
    starts[i] = wordStartBits(text);
  });
  return { chars, starts };
}

/** Items that matched equally well: concepts first, more used, then alphabetical, then by id. */
function compareItems(a: SearchItem, b: SearchItem): number {
  return a.kindRank - b.kindRank || b.use - a.use || compareText(a.sortTitle, b.sortTitle) || compareText(a.id, b.id);
}

function addTo(map: Map<string, number[]>, text: string, key: number): void {
  const held = map.get(text);
  if (held) held.push(key);
  else map.set(text, [key]);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
