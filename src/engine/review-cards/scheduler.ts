import { createEmptyCard, dateDiffInDays, fsrs, generatorParameters, type Card, type FSRS, type Grade } from "ts-fsrs";
import type { ReviewCard } from "./cards";
import { DAY_MS } from "./review-clock";
import type { CardRecord, CardStateCode, ReviewGrade, ReviewLogEntry, ReviewState } from "./review-state";

/**
 * Grades cards with ts-fsrs, the maintained implementation of FSRS: this file only turns our
 * stored records into its cards and back. Fuzz is off, so the same history always gives the same
 * schedule (on every device, and in tests).
 */

export interface SchedulerSettings {
  /** The chance of remembering a card when it falls due, 0.7 to 0.99. */
  desiredRetention: number;
  maximumIntervalDays: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = { desiredRetention: 0.9, maximumIntervalDays: 365 };

/** How long the log keeps grades: enough for today's counts on any device, however late it syncs. */
const LOG_KEEP_DAYS = 30;
/** How far ahead of this device's clock another device's may be believed to run. */
const MAX_CLOCK_SKEW_MS = 30 * DAY_MS;

export interface GradePreview {
  due: Date;
  /** From now to `due`. */
  intervalMs: number;
}

export class ReviewScheduler {
  private readonly fsrs: FSRS;

  constructor(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS) {
    this.fsrs = fsrs(generatorParameters({ request_retention: settings.desiredRetention, maximum_interval: settings.maximumIntervalDays, enable_fuzz: false }));
  }

  /** The state after `grade` was given to `card` at `now`. */
  grade(state: ReviewState, card: ReviewCard, grade: ReviewGrade, clockNow: Date): ReviewState {
    // A record set aside as an orphan a moment ago (its question was being retyped) is the card's history still.
    const orphan = state.cards[card.id] ? undefined : state.orphans[card.id];
    const before = believable(state.cards[card.id] ?? orphan, clockNow);
    const now = notBefore(before, clockNow);
    const { card: next } = this.fsrs.next(toFsrsCard(before, now), now, grade);
    const record = { ...fromFsrsCard(next, card.path, card.key, elapsedDays(before, now)), line: card.line, question: card.question };
    const entry: ReviewLogEntry = { card: card.id, rating: grade, state: before?.state ?? 0, review: now.toISOString() };
    const keepFrom = now.getTime() - LOG_KEEP_DAYS * DAY_MS;
    const log = [...state.log.filter((e) => Date.parse(e.review) >= keepFrom), entry];
    const orphans = orphan ? withoutKey(state.orphans, card.id) : state.orphans;
    return { ...state, cards: { ...state.cards, [card.id]: record }, orphans, log };
  }

  /** What each grade would do to the card now: for the interval shown on each button. */
  preview(state: ReviewState, card: ReviewCard, clockNow: Date): Record<ReviewGrade, GradePreview> {
    const before = believable(state.cards[card.id] ?? state.orphans[card.id], clockNow);
    const now = notBefore(before, clockNow);
    const options = this.fsrs.repeat(toFsrsCard(before, now), now);
    const at = (grade: Grade): GradePreview => {
      const due = options[grade].card.due;
      return { due, intervalMs: due.getTime() - now.getTime() };
    };
    return { 1: at(1), 2: at(2), 3: at(3), 4: at(4) };
  }
}

/**
 * A stored record as a ts-fsrs card; a card never graded is a fresh New card due now. The stored
 * `elapsed_days` is not handed over: ts-fsrs deprecates the field (gone in 6.0), never schedules
 * from it (it counts the days from `last_review` itself), so the empty card's value stands in.
 */
export function toFsrsCard(record: CardRecord | undefined, now: Date): Card {
  if (!record) return createEmptyCard(now);
  const card: Card = {
    ...createEmptyCard(now),
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    scheduled_days: record.scheduled_days,
    learning_steps: record.learning_steps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state,
  };
  if (record.last_review !== undefined) card.last_review = new Date(record.last_review);
  return card;
}

/** A ts-fsrs card as a stored record; `elapsedDays` stands for ts-fsrs's deprecated `card.elapsed_days`. */
export function fromFsrsCard(card: Card, path: string, key: string, elapsedDays: number): CardRecord {
  const record: CardRecord = {
    path,
    key,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: elapsedDays,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardStateCode,
  };
  if (card.last_review) record.last_review = card.last_review.toISOString();
  return record;
}

/**
 * A record as the scheduler may trust it: a last review more than a month ahead of the clock is no
 * device's clock running behind another's but a broken date (a year 9999 one would schedule the
 * card into year 10000), so the card is taken as last reviewed now.
 */
function believable(record: CardRecord | undefined, now: Date): CardRecord | undefined {
  if (record?.last_review === undefined || Date.parse(record.last_review) - now.getTime() <= MAX_CLOCK_SKEW_MS) return record;
  return { ...record, last_review: now.toISOString() };
}

/**
 * The grading time, never before the card's last review: a device whose clock is behind the one
 * that graded last (two synced devices) would otherwise ask ts-fsrs to go back in time, which it
 * refuses with an error.
 */
function notBefore(before: CardRecord | undefined, now: Date): Date {
  const last = before?.last_review === undefined ? undefined : Date.parse(before.last_review);
  return last !== undefined && now.getTime() < last ? new Date(last) : now;
}

/**
 * Whole days from the last grade to this one, counted as ts-fsrs counts them (UTC calendar days;
 * 0 for a New card). Still stored because every saved card carries it and the plugin's earlier
 * versions, reading the same synced data, drop a card without it.
 */
function elapsedDays(before: CardRecord | undefined, now: Date): number {
  if (!before || before.state === 0 || before.last_review === undefined) return 0;
  return dateDiffInDays(new Date(before.last_review), now);
}

function withoutKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
