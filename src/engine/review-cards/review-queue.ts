import { matchesFilter, type CardFilter, type ReviewCard } from "./cards";
import { dayNumber, endOfToday, type ReviewClock } from "./review-clock";
import type { CardRecord, ReviewState } from "./review-state";
import { compareText } from "../text/compare-text";

/**
 * What is due: the cards a session shows now, and how many fall due today.
 *
 * Review cards are due for the whole day they fall due on (FSRS counts in days; a card due at
 * 15:00 can be reviewed at 09:00). Learning cards count in minutes: they are shown when due, or
 * up to `learnAheadMinutes` early when nothing else is left, as Anki does. New cards are taken
 * in vault order (path, then line), at most `newCardsPerDay` a day, counting the New cards
 * already graded today on any device (the log syncs).
 */

export interface QueueOptions {
  newCardsPerDay: number;
  filter?: CardFilter;
  learnAheadMinutes?: number;
}

export interface DueCard {
  card: ReviewCard;
  /** Absent for a New card. */
  record?: CardRecord;
}

export interface ReviewQueue {
  /** To review now, in order: learning cards due, review cards due today, then new cards. */
  now: DueCard[];
  /** Everything due by the end of today, new cards within today's limit included. */
  today: DueCard[];
  /** New cards graded today (against the daily limit). */
  newGradedToday: number;
  /** New cards the filter takes, beyond today's limit included. */
  newTotal: number;
}

const DEFAULT_LEARN_AHEAD_MINUTES = 20;

export function buildQueue(cards: readonly ReviewCard[], state: ReviewState, clock: ReviewClock, options: QueueOptions): ReviewQueue {
  const now = clock.now.getTime();
  const dayEnd = endOfToday(clock);
  const learnAhead = now + (options.learnAheadMinutes ?? DEFAULT_LEARN_AHEAD_MINUTES) * 60_000;
  const newGradedToday = newCardsGradedToday(state, clock);
  const newLeft = Math.max(0, options.newCardsPerDay - newGradedToday);

  const learningNow: DueCard[] = [];
  const learningLater: DueCard[] = [];
  const reviews: DueCard[] = [];
  const fresh: DueCard[] = [];
  for (const card of cards) {
    if (!matchesFilter(card, options.filter)) continue;
    const record = state.cards[card.id];
    if (!record || record.state === 0) {
      fresh.push(record ? { card, record } : { card });
      continue;
    }
    const due = Date.parse(record.due);
    if (due >= dayEnd) continue;
    if (record.state === 2) reviews.push({ card, record });
    else if (due <= now) learningNow.push({ card, record });
    else learningLater.push({ card, record });
  }
  const byDue = (a: DueCard, b: DueCard): number => Date.parse(a.record?.due ?? "") - Date.parse(b.record?.due ?? "") || compareText(a.card.id, b.card.id);
  learningNow.sort(byDue);
  learningLater.sort(byDue);
  reviews.sort(byDue);
  const newToday = fresh.slice(0, newLeft);

  const queue = [...learningNow, ...reviews, ...newToday];
  // Learning cards a few minutes from due are shown rather than leaving the learner waiting.
  if (queue.length === 0) queue.push(...learningLater.filter((c) => Date.parse(c.record?.due ?? "") <= learnAhead));
  return {
    now: queue,
    today: [...learningNow, ...reviews, ...learningLater, ...newToday],
    newGradedToday,
    newTotal: fresh.length,
  };
}

/** New cards graded on the clock's day (by the log, so grades made on another device count). */
export function newCardsGradedToday(state: ReviewState, clock: ReviewClock): number {
  const today = dayNumber(clock.now.getTime(), clock.utcOffsetMinutes);
  const seen = new Set<string>();
  for (const entry of state.log) {
    if (entry.state === 0 && dayNumber(Date.parse(entry.review), clock.utcOffsetMinutes) === today) seen.add(entry.card);
  }
  return seen.size;
}
