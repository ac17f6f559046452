import type { ReviewCard } from "./cards";
import type { CardRecord, ReviewState } from "./review-state";

export interface Reconciled {
  state: ReviewState;
  /** Whether anything moved or was dropped (the shell saves only then). */
  changed: boolean;
  moved: Array<{ from: string; to: string }>;
  dropped: string[];
}

/**
 * Brings the stored schedule in line with the cards the vault holds now.
 *
 * A record whose card is still there (same path, same key) stays. A record whose note is gone
 * moves to a new card with its key when that is the only new card with that key and the only
 * such record: the note was renamed or moved while the plugin did not see it (Obsidian closed,
 * another device). Every other record left over is dropped: its question was deleted or
 * rewritten. New cards need nothing: a card without a record is New.
 *
 * `notePaths` are the notes of the vault now: a record is only moved out of a note that is gone,
 * never out of a note that still exists (there, its question was deleted, not moved).
 *
 * Only call this with a complete index: while the index is being built, notes not yet read look
 * deleted, and their schedules would be dropped.
 */
export function reconcileCards(state: ReviewState, cards: readonly ReviewCard[], notePaths: ReadonlySet<string>): Reconciled {
  const current = new Map(cards.map((card) => [card.id, card]));
  const orphansByKey = new Map<string, Array<[string, CardRecord]>>();
  const dropped: string[] = [];
  const kept: Record<string, CardRecord> = {};
  for (const [id, record] of Object.entries(state.cards)) {
    if (current.has(id)) kept[id] = record;
    else if (!notePaths.has(record.path)) push(orphansByKey, record.key, [id, record]);
    else dropped.push(id);
  }
  const newByKey = new Map<string, ReviewCard[]>();
  for (const card of cards) if (!(card.id in kept)) push(newByKey, card.key, card);

  const moved: Array<{ from: string; to: string }> = [];
  for (const [key, orphans] of orphansByKey) {
    const targets = newByKey.get(key) ?? [];
    const [only] = orphans;
    const [target] = targets;
    if (orphans.length === 1 && targets.length === 1 && only && target) {
      kept[target.id] = { ...only[1], path: target.path };
      moved.push({ from: only[0], to: target.id });
    } else {
      for (const [id] of orphans) dropped.push(id);
    }
  }
  if (moved.length === 0 && dropped.length === 0) return { state, changed: false, moved, dropped };
  // The log keeps the grades of dropped cards: they were still reviews made today.
  const renamed = new Map(moved.map(({ from, to }) => [from, to]));
  const log = state.log.map((entry) => (renamed.has(entry.card) ? { ...entry, card: renamed.get(entry.card) as string } : entry));
  return { state: { ...state, cards: kept, log }, changed: true, moved, dropped: dropped.sort() };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
