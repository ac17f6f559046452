/**
 * The review schedule as the plugin keeps it in its data (never in the notes): one record per
 * card that was graded at least once, and a short log of recent grades. The object is the saved
 * form itself (dates as ISO strings), so saving is writing it out and nothing is converted.
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
  return { version: REVIEW_STATE_VERSION, cards: {}, log: [] };
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
 * graded on one device only is kept as it is); logs are joined.
 */
export function mergeStates(a: ReviewState, b: ReviewState): ReviewState {
  const cards: Record<string, CardRecord> = { ...a.cards };
  for (const [id, theirs] of Object.entries(b.cards)) {
    const ours = cards[id];
    if (!ours || reviewedAt(theirs) > reviewedAt(ours) || (reviewedAt(theirs) === reviewedAt(ours) && theirs.reps > ours.reps)) cards[id] = theirs;
  }
  const seen = new Set<string>();
  const log: ReviewLogEntry[] = [];
  for (const entry of [...a.log, ...b.log]) {
    const key = `${entry.card}|${entry.review}|${entry.rating}`;
    if (seen.has(key)) continue;
    seen.add(key);
    log.push(entry);
  }
  log.sort((x, y) => Date.parse(x.review) - Date.parse(y.review));
  return { version: REVIEW_STATE_VERSION, cards, log };
}

/** Moves the cards of a renamed note, or of every note under a renamed folder. */
export function renameCardPaths(state: ReviewState, from: string, to: string): ReviewState {
  const moves = new Map<string, string>();
  const cards: Record<string, CardRecord> = {};
  for (const [id, record] of Object.entries(state.cards)) {
    const path = record.path === from ? to : record.path.startsWith(from + "/") ? to + record.path.slice(from.length) : undefined;
    if (path === undefined) {
      if (!(id in cards)) cards[id] = record;
      continue;
    }
    const moved = cardId(path, record.key);
    moves.set(id, moved);
    cards[moved] = { ...record, path };
  }
  if (moves.size === 0) return state;
  return { ...state, cards, log: state.log.map((entry) => (moves.has(entry.card) ? { ...entry, card: moves.get(entry.card) as string } : entry)) };
}

function reviewedAt(record: CardRecord): number {
  return record.last_review === undefined ? -Infinity : Date.parse(record.last_review);
}

function readCard(value: unknown): CardRecord | undefined {
  if (!isObject(value)) return undefined;
  const { path, key, line, due, last_review: lastReview, state } = value;
  if (typeof path !== "string" || path === "" || typeof key !== "string" || key === "" || key.includes("#")) return undefined;
  if (!isDate(due) || (lastReview !== undefined && !isDate(lastReview))) return undefined;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  const numbers = ["stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses"] as const;
  for (const name of numbers) {
    const n = value[name];
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0) return undefined;
  }
  const record: CardRecord = {
    path,
    key,
    due,
    stability: value.stability as number,
    difficulty: value.difficulty as number,
    elapsed_days: value.elapsed_days as number,
    scheduled_days: value.scheduled_days as number,
    learning_steps: value.learning_steps as number,
    reps: value.reps as number,
    lapses: value.lapses as number,
    state,
  };
  if (typeof line === "number" && Number.isInteger(line) && line > 0) record.line = line;
  if (lastReview !== undefined) record.last_review = lastReview;
  return record;
}

function readLogEntry(value: unknown): ReviewLogEntry | undefined {
  if (!isObject(value)) return undefined;
  const { card, rating, state, review } = value;
  if (typeof card !== "string" || !isDate(review)) return undefined;
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return undefined;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  return { card, rating, state, review };
}

function isDate(value: unknown): value is string {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
