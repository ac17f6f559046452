import { renderedWords } from "../text/rendered-words";
import { distanceWithin } from "./text-distance";

/**
 * Pairs records whose question went missing with the new cards of the same note, by the
 * question's text: first the same words once links, markup, markers and punctuation are set
 * aside (`도커란?` and `[[Docker|도커]]란?`), then the nearest text (a typo fixed, a word changed),
 * closest first. A record without its question's text (written before the text was kept) is
 * found by its id only.
 */

export interface TextItem {
  /** The question's text, markers stripped, as written. */
  text: string | undefined;
  /** Where it is (a card) or was (a record), to break ties between equally near texts. */
  line: number | undefined;
}

/** At most this share of the longer text may differ: 1 edit in 4. */
const NEAR_SHARE = 0.25;
/** Nearest-text comparisons made at most for one note (records × cards); beyond, exact words only. */
const MAX_COMPARISONS = 4096;

/** Pairs of indexes into `records` and `cards`; each is used at most once. */
export function pairByText(records: readonly TextItem[], cards: readonly TextItem[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const recordWords = records.map((r) => (r.text === undefined ? "" : renderedWords(r.text)));
  const cardWords = cards.map((c) => (c.text === undefined ? "" : renderedWords(c.text)));
  const freeCards = new Set(cards.keys());
  const freeRecords: number[] = [];

  const byWords = new Map<string, number[]>();
  cardWords.forEach((words, i) => {
    if (words === "") return;
    const list = byWords.get(words);
    if (list) list.push(i);
    else byWords.set(words, [i]);
  });
  // Identical words: in line order on both sides, so two copies of one question keep their order.
  const order = [...records.keys()].sort((a, b) => (records[a]?.line ?? 0) - (records[b]?.line ?? 0));
  for (const r of order) {
    const card = byWords.get(recordWords[r] as string)?.shift();
    if (card === undefined || recordWords[r] === "") freeRecords.push(r);
    else {
      pairs.push([r, card]);
      freeCards.delete(card);
    }
  }

  const candidates = freeRecords.filter((r) => recordWords[r] !== "");
  const targets = [...freeCards].filter((c) => cardWords[c] !== "");
  if (candidates.length * targets.length > MAX_COMPARISONS) return pairs;
  const near: Array<{ r: number; c: number; distance: number; lines: number }> = [];
  for (const r of candidates) {
    for (const c of targets) {
      const a = recordWords[r] as string;
      const b = cardWords[c] as string;
      const limit = Math.max(1, Math.floor(NEAR_SHARE * Math.max(a.length, b.length)));
      const distance = distanceWithin(a, b, limit);
      if (distance <= limit) near.push({ r, c, distance, lines: Math.abs((records[r]?.line ?? 0) - (cards[c]?.line ?? 0)) });
    }
  }
  near.sort((x, y) => x.distance - y.distance || x.lines - y.lines || x.r - y.r || x.c - y.c);
  const usedRecords = new Set<number>();
  for (const { r, c } of near) {
    if (usedRecords.has(r) || !freeCards.has(c)) continue;
    usedRecords.add(r);
    freeCards.delete(c);
    pairs.push([r, c]);
  }
  return pairs;
}
