import { matchesFilter, type CardFilter, type ReviewCard } from "./cards";
import { dayNumber, type ReviewClock } from "./review-clock";
import { buildQueue } from "./review-queue";
import type { ReviewState } from "./review-state";

/**
 * The review numbers the dashboard shows: today's work, today's grades, the month ahead. They
 * add up, so that a learner can check one against another: every card is new, learning or in
 * review (`newCards + learning + inReview === cards`), and what is due today is the new cards
 * within today's limit, the learning cards due by tonight and the review cards due today
 * (`dueNew + dueLearning + dueReview === dueToday`), which is also the first day of `dueByDay`.
 */
export interface ReviewSummary {
  cards: number;
  /** Cards never graded (beyond today's limit included). */
  newCards: number;
  /** Cards in their learning or relearning steps (minutes apart). */
  learning: number;
  /** Cards in review (days apart). */
  inReview: number;
  /** Cards due by the end of today, new cards within today's limit included. */
  dueToday: number;
  dueNew: number;
  dueLearning: number;
  dueReview: number;
  /** Grades given today, and how many of them were lapses (Again on a card in review). */
  reviewsToday: number;
  lapsesToday: number;
  /** Distinct cards graded today. */
  cardsReviewedToday: number;
  /** Learning and review cards falling due on each of the next days, today (overdue included) first. New cards are not counted. */
  forecast: number[];
  /** What the chart shows: today's due cards (`dueToday`, new ones within the limit included), then `forecast` from tomorrow on. */
  dueByDay: number[];
}

export interface SummaryOptions {
  newCardsPerDay: number;
  filter?: CardFilter;
  days?: number;
}

export function reviewSummary(cards: readonly ReviewCard[], state: ReviewState, clock: ReviewClock, options: SummaryOptions): ReviewSummary {
  const offset = clock.utcOffsetMinutes;
  const today = dayNumber(clock.now.getTime(), offset);
  const forecast = new Array<number>(options.days ?? 30).fill(0);
  let taken = 0;
  let learning = 0;
  let inReview = 0;
  const ids = new Set<string>();
  for (const card of cards) {
    if (!matchesFilter(card, options.filter)) continue;
    taken++;
    ids.add(card.id);
    const record = state.cards[card.id];
    if (!record || record.state === 0) continue;
    if (record.state === 2) inReview++;
    else learning++;
    const ahead = Math.max(0, dayNumber(Date.parse(record.due), offset) - today);
    if (ahead < forecast.length) forecast[ahead] = (forecast[ahead] as number) + 1;
  }
  let reviewsToday = 0;
  let lapsesToday = 0;
  const graded = new Set<string>();
  for (const entry of state.log) {
    if (dayNumber(Date.parse(entry.review), offset) !== today) continue;
    // Unfiltered, today's grades count whatever became of their cards; filtered, only the cards taken.
    if (options.filter && !ids.has(entry.card)) continue;
    reviewsToday++;
    graded.add(entry.card);
    if (entry.rating === 1 && entry.state === 2) lapsesToday++;
  }
  const queue = buildQueue(cards, state, clock, options);
  let dueNew = 0;
  let dueLearning = 0;
  let dueReview = 0;
  for (const due of queue.today) {
    const held = due.record?.state ?? 0;
    if (held === 0) dueNew++;
    else if (held === 2) dueReview++;
    else dueLearning++;
  }
  const dueToday = queue.today.length;
  return {
    cards: taken,
    newCards: queue.newTotal,
    learning,
    inReview,
    dueToday,
    dueNew,
    dueLearning,
    dueReview,
    reviewsToday,
    lapsesToday,
    cardsReviewedToday: graded.size,
    forecast,
    dueByDay: forecast.length > 0 ? [dueToday, ...forecast.slice(1)] : [],
  };
}
