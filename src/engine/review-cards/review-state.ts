import { isObject, readCard, readLogEntry, readOrphan } from "./stored-records";

/**
 * The review schedule as the plugin keeps it in its data (never in the notes): one record per
 * card that was graded at least once, the records whose question is missing for now (orphans),
 * and a short log of recent grades. The object is the saved form itself (dates as ISO strings),
 * so saving is writing it out and nothing is converted.
 *
 * Cards never graded are not stored: a card without a record is New. That keeps the data small
 * and makes "a question the learner just wrote" need no write at all.
 */

export const REVIEW_STATE_VERSION = 1;

/** FSRS states, with ts-fsrs's numbering (New 0, Learning 1, Review 2, Relearning 3). */
export type CardStateCode = 0 | 1 | 2 | 3;
/** Again, Hard, Good, Easy, with ts-fsrs's numbering. */
export type ReviewGrade = 1 | 2 | 3 | 4;

export interface CardRecord {
  /** The note the question is in; moved when the note is renamed. */
  path: string;
  /** The question's key within the note (`Question.key`). */
  key: string;
  /** The question's line when last graded: a hint for people reading the data, not an identity. */
  line?: number;
  /**
   * The question's text when last seen, markers stripped: what finds the card again after its
   * text changes a little (a link added, a typo fixed). Absent in records written before it was
   * kept; filled in the first time the card is seen.
   */
  question?: string;
  /** ts-fsrs card fields. */
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateCode;
  last_review?: string;
}

/**
 * A record whose question is missing for now: deleted, rewritten, made open again, or in a note
 * that is gone. It waits `ORPHAN_KEEP_DAYS` for its question to come back, then is dropped.
 */
export interface OrphanRecord extends CardRecord {
  orphanedAt: string;
}

export const ORPHAN_KEEP_DAYS = 30;

export interface ReviewLogEntry {
  /** Card id at the time of the grade. */
  card: string;
  rating: ReviewGrade;
  /** The card's state before the grade: New counts against the new cards of the day, Review + Again is a lapse. */
  state: CardStateCode;
  review: string;
}

export interface ReviewState {
  version: typeof REVIEW_STATE_VERSION;
  /** By card id (`cardId(path, key)`). */
  cards: Record<string, CardRecord>;
  /** By the id they had when their question went missing. */
  orphans: Record<string, OrphanRecord>;
  /** Recent grades, oldest first. */
  log: ReviewLogEntry[];
}

export type ReviewStateProblem = "corrupt" | "unknown-version";

export interface ParsedReviewState {
  state: ReviewState;
  /** Set when what was stored could not be read whole; `backup` then holds it as it was. */
  problem?: ReviewStateProblem;
  backup?: unknown;
  /** Cards that were left out (for the message). */
  droppedCards?: number;
}

/**
 * A card's id: its note's path and its key. The key never holds `#` (it is base 36 and `-`), so
 * the last `#` splits an id back unambiguously whatever the path holds.
 */
export function cardId(path: string, key: string): string {
  return `${path}#${key}`;
}

export function emptyReviewState(): ReviewState {
  return { version: REVIEW_STATE_VERSION, cards: {}, orphans: {}, log: [] };
}

/**
 * Reads a stored state. Nothing stored is an empty state; anything else that is not a version-1
 * state is reset, with the raw value handed back to be kept aside. A state with some unreadable
 * cards keeps the readable ones: one bad record must not cost the learner every schedule.
 */
export function parseReviewState(raw: unknown): ParsedReviewState {
  if (raw === undefined || raw === null) return { state: emptyReviewState() };
  if (!isObject(raw)) return { state: emptyReviewState(), problem: "corrupt", backup: raw };
  if (typeof raw.version === "number" && raw.version > REVIEW_STATE_VERSION) {
    return { state: emptyReviewState(), problem: "unknown-version", backup: raw };
  }
  if (raw.version !== REVIEW_STATE_VERSION || !isObject(raw.cards)) return { state: emptyReviewState(), problem: "corrupt", backup: raw };
  const state = emptyReviewState();
  let dropped = 0;
  for (const value of Object.values(raw.cards)) {
    const record = readCard(value);
    if (record) state.cards[cardId(record.path, record.key)] = record;
    else dropped++;
  }
  if (isObject(raw.orphans)) {
    for (const value of Object.values(raw.orphans)) {
      const orphan = readOrphan(value);
      if (orphan) state.orphans[cardId(orphan.path, orphan.key)] = orphan;
      else dropped++;
    }
  } else if (raw.orphans !== undefined) dropped++;
  let badLog = false;
  if (Array.isArray(raw.log)) {
    for (const value of raw.log) {
      const entry = readLogEntry(value);
      if (entry) state.log.push(entry);
      else badLog = true;
    }
  } else if (raw.log !== undefined) badLog = true;
  if (dropped > 0 || badLog) return { state, problem: "corrupt", backup: raw, droppedCards: dropped };
  return { state };
}

/**
 * Two devices' states after a sync: per card, the record with the newer review wins (a card
 * graded on one device only is kept as it is); orphans likewise, unless the card is held on
 * either side (the vault decides again at the next reconciliation); logs are joined.
 */
export function mergeStates(a: ReviewState, b: ReviewState): ReviewState {
  const cards = newerOf(a.cards, b.cards);
  const orphans: Record<string, OrphanRecord> = {};
  for (const [id, orphan] of Object.entries(newerOf(a.orphans, b.orphans))) if (!(id in cards)) orphans[id] = orphan;
  const seen = new Set<string>();
  const log: ReviewLogEntry[] = [];
  for (const entry of [...a.log, ...b.log]) {
    const key = `${entry.card}|${entry.review}|${entry.rating}`;
    if (seen.has(key)) continue;
    seen.add(key);
    log.push(entry);
  }
  log.sort((x, y) => Date.parse(x.review) - Date.parse(y.review));
  return { version: REVIEW_STATE_VERSION, cards, orphans, log };
}

function newerOf<R extends CardRecord>(a: Record<string, R>, b: Record<string, R>): Record<string, R> {
  const out: Record<string, R> = { ...a };
  for (const [id, theirs] of Object.entries(b)) {
    const ours = out[id];
    if (!ours || reviewedAt(theirs) > reviewedAt(ours) || (reviewedAt(theirs) === reviewedAt(ours) && theirs.reps > ours.reps)) out[id] = theirs;
  }
  return out;
}

/** Moves the cards (and orphans) of a renamed note, or of every note under a renamed folder. */
export function renameCardPaths(state: ReviewState, from: string, to: string): ReviewState {
  const moves = new Map<string, string>();
  const cards = movedRecords(state.cards, from, to, moves);
  const orphans = movedRecords(state.orphans, from, to, moves);
  if (moves.size === 0) return state;
  return { ...state, cards, orphans, log: state.log.map((entry) => (moves.has(entry.card) ? { ...entry, card: moves.get(entry.card) as string } : entry)) };
}

function movedRecords<R extends CardRecord>(records: Record<string, R>, from: string, to: string, moves: Map<string, string>): Record<string, R> {
  const out: Record<string, R> = {};
  for (const [id, record] of Object.entries(records)) {
    const path = record.path === from ? to : record.path.startsWith(from + "/") ? to + record.path.slice(from.length) : undefined;
    if (path === undefined) {
      if (!(id in out)) out[id] = record;
      continue;
    }
    const moved = cardId(path, record.key);
    moves.set(id, moved);
    out[moved] = { ...record, path };
  }
  return out;
}

function reviewedAt(record: CardRecord): number {
  return record.last_review === undefined ? -Infinity : Date.parse(record.last_review);
}
