import { renderedWords } from "../text/rendered-words";
import type { ReviewCard } from "./cards";
import { DAY_MS } from "./review-clock";
import { ORPHAN_KEEP_DAYS, type CardRecord, type OrphanRecord, type ReviewState } from "./review-state";
import { pairByText } from "./pair-by-text";

/** The vault as the reconciliation sees it. */
export interface NotesNow {
  /** Notes the index has read: the cards passed in are all of their answered questions. */
  indexed: ReadonlySet<string>;
  /**
   * Whether a note is there at all, read or not: a note in an excluded folder, or not read yet
   * while the index is rebuilt. Its records are left as they are. Without it, only indexed notes
   * are taken to exist.
   */
  exists?(path: string): boolean;
}

export interface Reconciled {
  state: ReviewState;
  /** Whether anything changed (the shell saves only then). */
  changed: boolean;
  /** Records that found their card under another id: a note renamed unseen, a question edited. */
  moved: Array<{ from: string; to: string }>;
  /** Records whose question is missing, kept aside as orphans. */
  orphaned: string[];
  /** Orphans whose question came back. */
  reattached: Array<{ from: string; to: string }>;
  /** Orphans kept aside longer than `ORPHAN_KEEP_DAYS`, dropped for good. */
  dropped: string[];
}

/**
 * Brings the stored schedule in line with the cards the vault holds now, losing nothing that
 * may come back. In order:
 * 1. a record whose card is still there (same id) stays; an orphan whose id is back returns;
 * 2. in a note that is still read, the records left over are paired with the note's new cards by
 *    their question's text (same words, else nearest: `pairByText`);
 * 3. a record whose note is gone moves to the one new card elsewhere with its key or its words,
 *    when that card and that record are the only ones with them (a rename the plugin did not see);
 * 4. a record whose note exists but is not read (excluded, or not read yet) is left alone;
 * 5. every other record becomes an orphan; orphans are paired like records with the new cards of
 *    their note (or, when their note is gone, of the vault), and dropped `ORPHAN_KEEP_DAYS` after
 *    they were set aside.
 * A card without a record is New and needs nothing. Linear in the cards and records, but for the
 * nearest-text pairing inside one note, which is capped.
 */
export function reconcileCards(state: ReviewState, cards: readonly ReviewCard[], notes: NotesNow, now: Date): Reconciled {
  const exists = (path: string): boolean => notes.indexed.has(path) || (notes.exists?.(path) ?? false);
  const result: Omit<Reconciled, "state" | "changed"> = { moved: [], orphaned: [], reattached: [], dropped: [] };
  let textFilled = false;
  const kept: Record<string, CardRecord> = {};
  const free = new Map(cards.map((card) => [card.id, card])); // cards without a record yet
  const take = (card: ReviewCard, record: CardRecord): void => {
    free.delete(card.id);
    kept[card.id] = { ...record, path: card.path, key: card.key, question: card.question };
  };

  const leftOver: Array<[string, CardRecord]> = [];
  for (const [id, record] of Object.entries(state.cards)) {
    const card = free.get(id);
    if (!card) {
      leftOver.push([id, record]);
      continue;
    }
    free.delete(id);
    textFilled ||= record.question !== card.question;
    kept[id] = record.question === card.question ? record : { ...record, question: card.question };
  }
  const orphans = new Map(Object.entries(state.orphans));
  for (const [id, orphan] of orphans) {
    const card = free.get(id);
    if (!card) continue;
    orphans.delete(id);
    take(card, withoutOrphanDate(orphan));
    result.reattached.push({ from: id, to: id });
  }

  const gone: Array<[string, CardRecord]> = [];
  const inReadNotes = new Map<string, Array<[string, CardRecord]>>();
  for (const entry of leftOver) {
    const path = entry[1].path;
    if (notes.indexed.has(path)) pushTo(inReadNotes, path, entry);
    else if (exists(path)) kept[entry[0]] = entry[1]; // not read (excluded, or not yet): left as it is
    else gone.push(entry);
  }
  const moved = new Set<string>();
  const move = (pairs: Array<[string, CardRecord, ReviewCard]>): void => {
    for (const [id, record, card] of pairs) {
      take(card, record);
      moved.add(id);
      result.moved.push({ from: id, to: card.id });
    }
  };
  let freeByPath = groupBy([...free.values()], (card) => card.path);
  move([...inReadNotes].flatMap(([path, records]) => pairInNote(records, freeByPath.get(path) ?? [])));
  move(pairAcrossVault(gone, free));

  const orphanedAt = now.toISOString();
  const newOrphans = new Set<string>();
  for (const [id, record] of [...[...inReadNotes.values()].flat(), ...gone]) {
    if (moved.has(id)) continue;
    orphans.set(id, { ...record, orphanedAt });
    newOrphans.add(id);
  }
  // Orphans set aside before: their question may be back, edited, in their note or (their note gone) elsewhere.
  const older = [...orphans].filter(([id]) => !newOrphans.has(id));
  freeByPath = groupBy([...free.values()], (card) => card.path);
  const byNote = groupBy(older.filter(([, o]) => notes.indexed.has(o.path)), ([, o]) => o.path);
  const reattach = (pairs: Array<[string, CardRecord, ReviewCard]>): void => {
    for (const [id, record, card] of pairs) {
      take(card, withoutOrphanDate(record as OrphanRecord));
      orphans.delete(id);
      result.reattached.push({ from: id, to: card.id });
    }
  };
  reattach([...byNote].flatMap(([path, records]) => pairInNote(records, freeByPath.get(path) ?? [])));
  reattach(pairAcrossVault(older.filter(([id, o]) => orphans.has(id) && !exists(o.path)), free));
  result.orphaned.push(...newOrphans);
  const keepFrom = now.getTime() - ORPHAN_KEEP_DAYS * DAY_MS;
  for (const [id, orphan] of orphans) {
    if (Date.parse(orphan.orphanedAt) >= keepFrom) continue;
    orphans.delete(id);
    result.dropped.push(id);
  }

  const changed = textFilled || result.moved.length + result.orphaned.length + result.reattached.length + result.dropped.length > 0;
  if (!changed) return { state, changed, ...result };
  // The log keeps every grade, those of orphans and dropped cards too: they were reviews made that day.
  const renamed = new Map([...result.moved, ...result.reattached].map(({ from, to }) => [from, to]));
  const log = state.log.map((entry) => (renamed.has(entry.card) && renamed.get(entry.card) !== entry.card ? { ...entry, card: renamed.get(entry.card) as string } : entry));
  result.orphaned.sort();
  result.dropped.sort();
  return { state: { ...state, cards: kept, orphans: Object.fromEntries(orphans), log }, changed, ...result };
}

/** Records of one note paired with its free cards by their question's text. */
function pairInNote(records: ReadonlyArray<[string, CardRecord]>, cards: readonly ReviewCard[]): Array<[string, CardRecord, ReviewCard]> {
  if (records.length === 0 || cards.length === 0) return [];
  const pairs = pairByText(
    records.map(([, r]) => ({ text: r.question, line: r.line })),
    cards.map((c) => ({ text: c.question, line: c.line })),
  );
  return pairs.map(([r, c]) => {
    const [id, record] = records[r] as [string, CardRecord];
    return [id, record, cards[c] as ReviewCard];
  });
}

/**
 * Records of notes that are gone, each moved to the one free card of the vault with its key, or
 * else with its words, when no other such record and no other such card exists: two notes that
 * asked the same question and both moved are not guessed at.
 */
function pairAcrossVault(records: ReadonlyArray<[string, CardRecord]>, free: ReadonlyMap<string, ReviewCard>): Array<[string, CardRecord, ReviewCard]> {
  const out: Array<[string, CardRecord, ReviewCard]> = [];
  const used = new Set<string>();
  const ways: Array<[(r: CardRecord) => string, (c: ReviewCard) => string]> = [
    [(r) => r.key, (c) => c.key],
    [(r) => (r.question === undefined ? "" : renderedWords(r.question)), (c) => renderedWords(c.question)],
  ];
  let waiting = [...records];
  for (const [recordKey, cardKey] of ways) {
    const recordsBy = groupBy(waiting, ([, r]) => recordKey(r));
    const cardsBy = groupBy([...free.values()].filter((c) => !used.has(c.id)), cardKey);
    const paired = new Set<string>();
    for (const [key, group] of recordsBy) {
      const targets = cardsBy.get(key) ?? [];
      const [only] = group;
      const [target] = targets;
      if (key === "" || group.length !== 1 || targets.length !== 1 || !only || !target) continue;
      out.push([only[0], only[1], target]);
      used.add(target.id);
      paired.add(only[0]);
    }
    waiting = waiting.filter(([id]) => !paired.has(id));
  }
  return out;
}

function withoutOrphanDate(orphan: OrphanRecord): CardRecord {
  const { orphanedAt: _orphanedAt, ...record } = orphan;
  return record;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) pushTo(out, keyOf(item), item);
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
