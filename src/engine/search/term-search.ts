import type { VaultIndex } from "../index/vault-index";
import { ExactLines } from "./exact-lines";
import { FuzzyMatcher } from "./fuzzy-match";
import { EXACT, FUZZY, INFIX, PREFIX, literalMatch } from "./literal-match";
import { hasEachWord, keyFilterOf } from "./key-filter";
import { KIND_CONCEPT, KIND_HEADING, KIND_QUESTION, KINDS, SearchCatalog } from "./search-catalog";
import { SearchHits, qualityOf } from "./search-hits";
import { SearchKeyTable } from "./search-key-table";
import { SearchKeyBuilder, readQuery, type QueryReading } from "./search-keys";
import { QueryTranslator } from "./query-translations";
import { MATCH_KINDS, type SearchKind, type SearchResult } from "./search-result";
import { compareCodeUnits } from "../text/compare-text";

/** What the modal lists when the caller gives no limit. */
export const DEFAULT_SEARCH_LIMIT = 20;

export interface SearchOptions {
  /** Only items of these kinds (the concept picker: concepts). Every kind unless told. */
  kinds?: readonly SearchKind[];
}

export interface TermSearchOptions {
  /** The word cache keys are built with: a shell that rebuilds the search after each change keeps one. */
  keys?: SearchKeyBuilder;
}

/**
 * The term search behind "Search DevOps terms" and the concept-note picker: concepts, notes,
 * headings and questions, found by name, alias, initial consonants, the other keyboard layout,
 * the other language, or with typos.
 *
 * Built lazily and flat. `fromIndex` gathers references to the index's strings into arrays
 * (`SearchCatalog`); the compared forms of each key are made on first use (`SearchKeyTable`), or
 * ahead of it, a slice at a time, by `prepare`. No item is sorted at build: each has a numeric
 * rank, and only the few matches that make a list are sorted.
 *
 * A keystroke reads the query (as typed, through the other layout, in the other language) and
 * runs one masked `indexOf` per name key. Lines (headings and questions), most of the keys and
 * the longest, are scanned only when they could make the list: when names already fill it with
 * exact and prefix matches as typed, a line could only outrank them by being exactly the query,
 * which a map lookup finds. The typo-tolerant pass runs only when the literal matches do not fill
 * the list, since a fuzzy match never ranks above a literal one, and keeps only matches within a
 * few edits of the start of a word (`terraform` never finds `rust iterators`).
 *
 * Ranking, best first: how the query matched (exact, prefix, word start, inside a word, typo;
 * fuzzy ones by edits); as typed, then in the other language, then through the other layout;
 * concepts the vault mentions, notes, concepts nobody mentions, headings, questions; more used
 * before less (concept mentions, note questions); title in code-point order; then the item's id.
 * An empty query lists the most mentioned concepts.
 *
 * Built from one state of the index; rebuild when `version` differs from the index's.
 */
export class TermSearch {
  /** `VaultIndex.version` this search was built from. */
  readonly version: number;
  private readonly catalog: SearchCatalog;
  private readonly keys: SearchKeyTable;
  private readonly translator: QueryTranslator;
  private fuzzy: FuzzyMatcher | undefined;
  private readonly exactLines: ExactLines;

  private constructor(index: VaultIndex, options: TermSearchOptions) {
    this.version = index.version;
    this.catalog = new SearchCatalog(index);
    const builder = options.keys ?? new SearchKeyBuilder();
    this.keys = new SearchKeyTable(this.catalog.keyForm, this.catalog.firstLineKey, builder);
    this.translator = new QueryTranslator(index.concepts, builder);
    this.exactLines = new ExactLines(this.keys, this.catalog.firstLineKey);
  }

  static fromIndex(index: VaultIndex, options: TermSearchOptions = {}): TermSearch {
    return new TermSearch(index, options);
  }

  /** Items searched: concepts, notes, headings and questions. */
  get size(): number {
    return this.catalog.size;
  }

  /**
   * Builds what keystrokes read ahead of the first one (the compared forms, the map of exact
   * lines, the typo index), until all is built (true) or `shouldStop` says so: a shell calls it
   * in slices so that no keystroke waits for them.
   */
  prepare(shouldStop: () => boolean = () => false): boolean {
    return this.exactLines.fillSome(shouldStop) && this.fuzzyMatcher().indexSome(shouldStop);
  }

  /**
   * The best `limit` items for what the user typed so far. A blank query lists the vault's most
   * mentioned concepts, so the modal opens on something to pick rather than an empty list.
   */
  search(query: string, limit: number = DEFAULT_SEARCH_LIMIT, options: SearchOptions = {}): SearchResult[] {
    const max = Math.floor(limit);
    if (!(max > 0)) return [];
    const kinds = kindMask(options.kinds);
    const readings = readQuery(query);
    if (readings.length === 0) return this.topConcepts(max, kinds).map((item) => this.resultOf(item, "none", this.catalog.titleOf(item), false));

    const typed = readings[0] as QueryReading;
    const translated = this.translator.translate(typed);
    const all = [...readings, ...translated];
    const hits = new SearchHits(this.catalog.size);
    const phrase = this.translator.phrase(typed);
    if (phrase) this.addPhrase(phrase, hits, kinds);
    // Concepts alone (the picker) need only the concepts' keys.
    const namesEnd = kinds === 1 << KIND_CONCEPT ? this.catalog.firstNoteKey : this.catalog.firstLineKey;
    this.keys.build(namesEnd);
    for (const reading of all) this.scan(reading, hits, false, kinds, namesEnd, max);
    // A line ranks after the names matched as well as it. When those fill the list with exact and
    // prefix matches as typed, only a line that is exactly the query can place.
    if ((kinds & LINE_KINDS) !== 0) {
      if (hits.cutoff(max) > qualityOf(PREFIX, AS_TYPED)) {
        this.keys.build(this.keys.size);
        for (const reading of all) this.scan(reading, hits, true, kinds, this.catalog.firstLineKey, max);
      } else {
        for (const reading of all) this.addExactLines(reading, hits, kinds);
      }
    }
    if (hits.size < max) {
      for (const reading of readings) if (reading.fuzzy) this.addFuzzy(reading, hits, max, kinds);
    }
    this.markExtendedNames(hits);
    const { catalog } = this;
    const byTitle = (a: number, b: number): number => compareCodeUnits(catalog.titleOf(a).toLowerCase(), catalog.titleOf(b).toLowerCase()) || compareCodeUnits(catalog.idOf(a), catalog.idOf(b));
    return hits.best(max, catalog.itemRank, byTitle).map((item) => this.resultOf(item, MATCH_KINDS[hits.tierOf(item)] ?? "fuzzy", this.matchedForm(item, hits.keyOf(item)), hits.translatedAt(item)));
  }

  /**
   * A concept matched through a name that is another matched concept's name and more
   * (`도커 이미지`, `docker images` beside `도커`, `Docker`) ranks after it, however much more it
   * is used: whoever types the start of a name means the name before the longer ones built on it.
   */
  private markExtendedNames(hits: SearchHits): void {
    const matchedNames = new Map<string, number>();
    const nameOf = (item: number): string => this.matchedForm(item, hits.keyOf(item)).toLowerCase();
    const concepts = hits.items().filter((item) => this.catalog.itemKind[item] === KIND_CONCEPT);
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

  /**
   * Matches one reading against the keys of names, or of lines. Lines rank after names matched as
   * well, so as the list fills, the lines still to scan need a better match to place: every 256
   * keys the worst quality that still places is asked again, and when matches inside a word can
   * no longer place, keys must have the reading's word starts; when only prefixes can, its first
   * letter first.
   */
  private scan(reading: QueryReading, hits: SearchHits, lines: boolean, kinds: number, namesEnd: number, max: number): void {
    const { keys, catalog } = this;
    const choseong = reading.mode === "choseong";
    const texts = choseong ? keys.choseongText : keys.jamo;
    const chars = choseong ? keys.choseongChars : keys.chars;
    const pairs = choseong ? keys.choseongPairs : keys.pairs;
    const starts = choseong ? keys.choseongStarts : keys.starts;
    const split = choseong ? keys.choseongBefore(namesEnd) : namesEnd;
    const filter = keyFilterOf(reading);
    const route = { converted: reading.converted, translated: reading.translated };
    const base = qualityOf(EXACT, route);
    const first = reading.text.charCodeAt(0);
    const owners = catalog.keyOwner;
    const itemKinds = catalog.itemKind;
    let worst = Infinity;
    let needStarts = filter.starts;
    let prefixOnly = false;
    const end = lines ? texts.length : split;
    for (let i = lines ? split : 0; i < end; i++) {
      if (lines && (i & 255) === 0) {
        worst = hits.cutoff(max);
        if (worst < base) return;
        const tiers = (worst - base) >> 2;
        needStarts = tiers < INFIX ? filter.wordStarts : filter.starts;
        prefixOnly = tiers <= PREFIX;
      }
      if (((chars[i] as number) & filter.chars) !== filter.chars || ((pairs[i] as number) & filter.pairs) !== filter.pairs || ((starts[i] as number) & needStarts) !== needStarts) continue;
      if (filter.either !== undefined && !hasEachWord(chars[i] as number, pairs[i] as number, filter.either)) continue;
      const text = texts[i] as string;
      if (prefixOnly && text.charCodeAt(0) !== first) continue;
      const match = literalMatch(text, reading);
      if (match === undefined) continue;
      const found = (match & 1) === 1 && !reading.translated ? { converted: reading.converted, translated: true } : route;
      // A line that cannot place is not held: the list is full, and it would only be sorted out.
      if (qualityOf(match >> 1, found) > worst) continue;
      const key = choseong ? (keys.choseongKey[i] as number) : i;
      const owner = owners[key] as number;
      if ((kinds & (1 << (itemKinds[owner] as number))) === 0) continue;
      hits.add(owner, key, match >> 1, found);
    }
  }

  private addExactLines(reading: QueryReading, hits: SearchHits, kinds: number): void {
    const exact = this.exactLines;
    exact.fillSome();
    const byText = reading.mode === "choseong" ? exact.choseong : exact.jamo;
    for (const key of byText.get(reading.text) ?? []) {
      const owner = this.catalog.keyOwner[key] as number;
      if ((kinds & (1 << (this.catalog.itemKind[owner] as number))) === 0) continue;
      hits.add(owner, key, EXACT, reading);
    }
  }

  private addPhrase(phrase: { conceptId: string; word: string }, hits: SearchHits, kinds: number): void {
    const item = this.catalog.conceptItem(phrase.conceptId);
    if (item === undefined || (kinds & (1 << KIND_CONCEPT)) === 0) return;
    // The key of the name the query used (인그레스), else the concept's first.
    const first = this.catalog.keyOwner.indexOf(item);
    let key = first;
    for (let k = first; k < this.catalog.firstLineKey && this.catalog.keyOwner[k] === item; k++) {
      if (this.catalog.keyForm[k]?.normalize("NFC").toLowerCase() === phrase.word) key = k;
    }
    hits.add(item, key, EXACT, { converted: false, translated: true });
  }

  private addFuzzy(reading: QueryReading, hits: SearchHits, max: number, kinds: number): void {
    // Twice the list: an item's several keys can take several places.
    for (const found of this.fuzzyMatcher().match(reading.text, 2 * max)) {
      const owner = this.catalog.keyOwner[found.key] as number;
      if ((kinds & (1 << (this.catalog.itemKind[owner] as number))) === 0) continue;
      // An item already matched literally keeps that match: `add` keeps the better quality.
      hits.add(owner, found.key, FUZZY, reading, found.score);
    }
  }

  /** The typo index over the names (concepts', notes'), their keys built. */
  private fuzzyMatcher(): FuzzyMatcher {
    if (!this.fuzzy) {
      this.keys.build(this.catalog.firstLineKey);
      this.fuzzy = new FuzzyMatcher(this.keys.jamo.slice(0, this.catalog.firstLineKey));
    }
    return this.fuzzy;
  }

  private topConcepts(max: number, kinds: number): number[] {
    if ((kinds & (1 << KIND_CONCEPT)) === 0) return [];
    const { catalog } = this;
    const onlyConcepts = kinds === 1 << KIND_CONCEPT;
    const items: number[] = [];
    for (let place = 0; place < catalog.concepts.length; place++) {
      // The picker of concepts lists them all; the search lists what the vault talks about.
      if (!onlyConcepts && (catalog.conceptMentions[place] as number) === 0) continue;
      const item = catalog.conceptItem(catalog.concepts[place]?.id ?? "");
      if (item !== undefined) items.push(item);
    }
    return items
      .sort((a, b) => (catalog.itemRank[a] as number) - (catalog.itemRank[b] as number) || compareCodeUnits(catalog.titleOf(a).toLowerCase(), catalog.titleOf(b).toLowerCase()))
      .slice(0, max);
  }

  private matchedForm(item: number, key: number): string {
    return this.catalog.keyForm[key] ?? this.catalog.titleOf(item);
  }

  private resultOf(item: number, match: SearchResult["match"], matched: string, translated: boolean): SearchResult {
    const result: SearchResult = { ...this.catalog.target(item), match, matched };
    if (translated) result.translated = true;
    return result;
  }
}

const AS_TYPED = { converted: false, translated: false };
const LINE_KINDS = (1 << KIND_HEADING) | (1 << KIND_QUESTION);

function kindMask(kinds: readonly SearchKind[] | undefined): number {
  if (!kinds) return 0b1111;
  let mask = 0;
  for (const kind of kinds) mask |= 1 << KINDS.indexOf(kind);
  return mask;
}
