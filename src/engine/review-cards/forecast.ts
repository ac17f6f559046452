import { matchesFilter, type CardFilter, type ReviewCard } from "./cards";
import { dayNumber, type ReviewClock } from "./review-clock";
import { buildQueue } from "./review-queue";
import type { ReviewState } from "./review-state";

/** The review numbers the dashboard shows: today's work, today's grades, the month ahead. */
export interface ReviewSummary {
  cards: number;
  /** Cards due by the end of today, new cards within today's limit included. */
  dueToday: number;
  /** New cards still to learn (beyond today's limit included). */
  newCards: number;
  /** Grades given today, and how many of them were lapses (Again on a card in review). */
  reviewsToday: number;
  lapsesToday: number;
  /** Cards falling due on each of the next days, today (overdue included) first. New cards are not counted. */
  forecast: number[];
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
  const ids = new Set<string>();
  for (const card of cards) {
    if (!matchesFilter(card, options.filter)) continue;
    taken++;
    ids.add(card.id);
    const record = state.cards[card.id];
    if (!record || record.state === 0) continue;
    const ahead = Math.max(0, dayNumber(Date.parse(record.due), offset) - today);
    if (ahead < forecast.length) forecast[ahead] = (forecast[ahead] as number) + 1;
  }
  let reviewsToday = 0;
  let lapsesToday = 0;
  for (const entry of state.log) {
    if (dayNumber(Date.parse(entry.review), offset) !== today) continue;
    // Unfiltered, today's grades count whatever became of their cards; filtered, only the cards taken.
    if (options.filter && !ids.has(entry.card)) continue;
    reviewsToday++;
    if (entry.rating === 1 && entry.state === 2) lapsesToday++;
  }
  const queue = buildQueue(cards, state, clock, options);
  return { cards: taken, dueToday: queue.today.length, newCards: queue.newTotal, reviewsToday, lapsesToday, forecast };
}
