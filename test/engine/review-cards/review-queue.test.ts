import { describe, expect, it } from "vitest";
import type { ReviewCard } from "../../../src/engine/review-cards/cards";
import { reviewSummary } from "../../../src/engine/review-cards/forecast";
import { dayNumber, endOfToday } from "../../../src/engine/review-cards/review-clock";
import { buildQueue } from "../../../src/engine/review-cards/review-queue";
import { cardId, emptyReviewState, type CardRecord, type ReviewState } from "../../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../../src/engine/review-cards/scheduler";

const SEOUL = 540;
/** 10:00 in Seoul on 2024-03-01. */
const NOW = new Date("2024-03-01T01:00:00Z");
const clock = { now: NOW, utcOffsetMinutes: SEOUL };
const scheduler = new ReviewScheduler();

function makeCards(n: number, extra: Partial<ReviewCard> = {}): ReviewCard[] {
  return Array.from({ length: n }, (_, i) => {
    const path = `n${String(i).padStart(2, "0")}.md`;
    return { id: cardId(path, "k"), path, key: "k", title: path, line: 1, question: `q${i}`, answerLines: { from: 2, to: 2 }, concepts: [], tags: [], ...extra };
  });
}

function withRecord(state: ReviewState, card: ReviewCard, due: string, cardState: 1 | 2 | 3 = 2): ReviewState {
  const record: CardRecord = { path: card.path, key: card.key, due, stability: 3, difficulty: 5, elapsed_days: 1, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: cardState, last_review: "2024-02-26T01:00:00.000Z" };
  return { ...state, cards: { ...state.cards, [card.id]: record } };
}

describe("the learner's day", () => {
  it("starts at local midnight, not UTC's", () => {
    expect(dayNumber(Date.parse("2024-02-29T15:30:00Z"), SEOUL)).toBe(dayNumber(Date.parse("2024-03-01T14:59:00Z"), SEOUL));
    expect(dayNumber(Date.parse("2024-02-29T14:59:00Z"), SEOUL)).toBe(dayNumber(Date.parse("2024-02-29T15:00:00Z"), SEOUL) - 1);
    expect(new Date(endOfToday(clock)).toISOString()).toBe("2024-03-01T15:00:00.000Z");
  });
});

describe("the review queue", () => {
  it("takes at most the new cards of the day, in vault order, less those graded today on any device", () => {
    const cards = makeCards(25);
    const fresh = buildQueue(cards, emptyReviewState(), clock, { newCardsPerDay: 20 });
    expect(fresh.now.map((d) => d.card.question)).toEqual(cards.slice(0, 20).map((c) => c.question));
    expect(fresh.newTotal).toBe(25);

    // Five new cards graded today (Easy: out of today's queue), one yesterday.
    let state = cards.slice(0, 5).reduce((s, c) => scheduler.grade(s, c, 4, new Date(NOW.getTime() - 60 * 60_000)), emptyReviewState());
    state = scheduler.grade(state, cards[5] as ReviewCard, 4, new Date("2024-02-29T14:00:00Z")); // 23:00 yesterday in Seoul
    const later = buildQueue(cards, state, clock, { newCardsPerDay: 20 });
    expect(later.newGradedToday).toBe(5);
    expect(later.now.map((d) => d.card.question)).toEqual(cards.slice(6, 21).map((c) => c.question));

    const tomorrow = buildQueue(cards, state, { ...clock, now: new Date(NOW.getTime() + 86_400_000) }, { newCardsPerDay: 20 });
    expect(tomorrow.newGradedToday).toBe(0);
    expect(tomorrow.now.filter((d) => !d.record)).toHaveLength(19);
  });

  it("shows learning cards when due, review cards all the day they fall due, and nothing that falls due tomorrow", () => {
    const [learnDue, learnSoon, learnLater, reviewToday, reviewOverdue, reviewTomorrow, fresh] = makeCards(7);
    let state = emptyReviewState();
    state = withRecord(state, learnDue as ReviewCard, "2024-03-01T00:55:00.000Z", 1);
    state = withRecord(state, learnSoon as ReviewCard, "2024-03-01T01:10:00.000Z", 3);
    state = withRecord(state, learnLater as ReviewCard, "2024-03-01T05:00:00.000Z", 1);
    state = withRecord(state, reviewToday as ReviewCard, "2024-03-01T14:00:00.000Z");
    state = withRecord(state, reviewOverdue as ReviewCard, "2024-02-20T01:00:00.000Z");
    state = withRecord(state, reviewTomorrow as ReviewCard, "2024-03-01T15:00:00.000Z");
    const all = [learnDue, learnSoon, learnLater, reviewToday, reviewOverdue, reviewTomorrow, fresh] as ReviewCard[];
    const queue = buildQueue(all, state, clock, { newCardsPerDay: 20 });
    expect(queue.now.map((d) => d.card)).toEqual([learnDue, reviewOverdue, reviewToday, fresh]);
    expect(queue.today.map((d) => d.card)).toEqual([learnDue, reviewOverdue, reviewToday, learnSoon, learnLater, fresh]);
    // With nothing else left, a learning card due within 20 minutes is shown early.
    const rest = buildQueue([learnSoon, learnLater] as ReviewCard[], state, clock, { newCardsPerDay: 20 });
    expect(rest.now.map((d) => d.card)).toEqual([learnSoon]);
  });

  it("takes only the cards the filter takes", () => {
    const docker = makeCards(2, { concepts: ["docker"], tags: ["기획안"] }).map((c, i) => ({ ...c, id: `d${i}.md#k`, path: `d${i}.md` }));
    const k8s = makeCards(3, { concepts: ["kubernetes"], tags: ["k8s/pod"] });
    const all = [...k8s, ...docker];
    expect(buildQueue(all, emptyReviewState(), clock, { newCardsPerDay: 20, filter: { concept: "docker" } }).now.map((d) => d.card)).toEqual(docker);
    expect(buildQueue(all, emptyReviewState(), clock, { newCardsPerDay: 20, filter: { tag: "기획안" } }).now.map((d) => d.card)).toEqual(docker);
    expect(buildQueue(all, emptyReviewState(), clock, { newCardsPerDay: 20, filter: { tag: "k8s" } }).now).toHaveLength(3);
  });
});

describe("the review summary", () => {
  it("counts today's work and grades, and the cards falling due on each of the next 30 days", () => {
    const cards = makeCards(6);
    let state = emptyReviewState();
    state = withRecord(state, cards[0] as ReviewCard, "2024-02-25T01:00:00.000Z"); // overdue: today
    state = withRecord(state, cards[1] as ReviewCard, "2024-03-01T14:59:00.000Z"); // today, 23:59 in Seoul
    state = withRecord(state, cards[2] as ReviewCard, "2024-03-01T15:00:00.000Z"); // tomorrow, 00:00 in Seoul
    state = withRecord(state, cards[3] as ReviewCard, "2024-03-30T03:00:00.000Z"); // in 29 days
    state = withRecord(state, cards[4] as ReviewCard, "2024-03-31T03:00:00.000Z"); // in 30 days: beyond the chart
    state.log.push(
      { card: cards[0]?.id ?? "", rating: 1, state: 2, review: "2024-03-01T00:00:00.000Z" }, // a lapse today
      { card: cards[1]?.id ?? "", rating: 3, state: 2, review: "2024-03-01T00:10:00.000Z" },
      { card: cards[2]?.id ?? "", rating: 1, state: 1, review: "2024-03-01T00:20:00.000Z" }, // Again while learning: no lapse
      { card: cards[3]?.id ?? "", rating: 1, state: 2, review: "2024-02-29T14:00:00.000Z" }, // yesterday
    );
    const summary = reviewSummary(cards, state, clock, { newCardsPerDay: 20 });
    expect(summary).toMatchObject({ cards: 6, dueToday: 3, newCards: 1, reviewsToday: 3, lapsesToday: 1 });
    expect(summary.forecast).toHaveLength(30);
    expect(summary.forecast[0]).toBe(2);
    expect(summary.forecast[1]).toBe(1);
    expect(summary.forecast[29]).toBe(1);
    expect(summary.forecast.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it("narrows everything to the filter", () => {
    const cards = [...makeCards(2, { tags: ["a"] }), ...makeCards(3, { tags: ["b"] }).map((c, i) => ({ ...c, id: `b${i}.md#k`, path: `b${i}.md` }))];
    const state = scheduler.grade(emptyReviewState(), cards[2] as ReviewCard, 4, NOW);
    const summary = reviewSummary(cards, state, clock, { newCardsPerDay: 20, filter: { tag: "a" } });
    expect(summary).toMatchObject({ cards: 2, dueToday: 2, newCards: 2, reviewsToday: 0 });
  });
});
