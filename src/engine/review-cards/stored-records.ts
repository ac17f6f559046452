import type { CardRecord, CardStateCode, OrphanRecord, ReviewGrade, ReviewLogEntry } from "./review-state";

/**
 * Reading one stored record, log entry or orphan back, field by field: what a hand edit, a bad
 * sync or another program left in `data.json` is either read as it should be or refused, never
 * passed on to the scheduler as it is.
 *
 * Dates are clamped into a range no real review leaves: a record dated at JavaScript's last day
 * (`+275760-09-13`) made ts-fsrs throw, one in year 9999 was scheduled into year 10000. Nothing
 * is reviewed before 1970 or due after 2200 (the longest interval, 100 years, from today).
 */

export const EARLIEST_DATE_MS = Date.UTC(1970, 0, 1);
export const LATEST_DATE_MS = Date.UTC(2200, 0, 1);

/** A stored ISO date, clamped into the sane range; undefined when it is not a date at all. */
export function readDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  if (ms < EARLIEST_DATE_MS) return new Date(EARLIEST_DATE_MS).toISOString();
  if (ms > LATEST_DATE_MS) return new Date(LATEST_DATE_MS).toISOString();
  return value;
}

const NUMBERS = ["stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses"] as const;

export function readCard(value: unknown): CardRecord | undefined {
  if (!isObject(value)) return undefined;
  const { path, key, line, question, state } = value;
  if (typeof path !== "string" || path === "" || typeof key !== "string" || key === "" || key.includes("#")) return undefined;
  const due = readDate(value.due);
  const lastReview = value.last_review === undefined ? undefined : readDate(value.last_review);
  if (due === undefined || (value.last_review !== undefined && lastReview === undefined)) return undefined;
  if (!isStateCode(state)) return undefined;
  for (const name of NUMBERS) {
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
  if (typeof question === "string" && question !== "") record.question = question;
  if (lastReview !== undefined) record.last_review = lastReview;
  return record;
}

export function readOrphan(value: unknown): OrphanRecord | undefined {
  const record = readCard(value);
  const orphanedAt = isObject(value) ? readDate(value.orphanedAt) : undefined;
  return record && orphanedAt !== undefined ? { ...record, orphanedAt } : undefined;
}

export function readLogEntry(value: unknown): ReviewLogEntry | undefined {
  if (!isObject(value)) return undefined;
  const { card, rating, state } = value;
  const review = readDate(value.review);
  if (typeof card !== "string" || review === undefined) return undefined;
  if (!isGrade(rating) || !isStateCode(state)) return undefined;
  return { card, rating, state, review };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStateCode(value: unknown): value is CardStateCode {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

function isGrade(value: unknown): value is ReviewGrade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
