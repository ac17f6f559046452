import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReviewCard } from "../../../src/engine/review-cards/cards";
import { reviewSummary, type ReviewSummary } from "../../../src/engine/review-cards/forecast";
import { cardId, emptyReviewState, type ReviewGrade, type ReviewState } from "../../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../../src/engine/review-cards/scheduler";

/**
 * The dashboard's review numbers must add up, whatever was graded when: a learner compares them
 * ("1 due today" beside "nothing scheduled"; "8 due, 4 new, 5 reviewed" after grading 5 of 9
 * cards read as contradictions).
 */

const SEOUL = 540;
/** 10:00 in Seoul on 2024-03-01. */
const START = Date.parse("2024-03-01T01:00:00Z");
const scheduler = new ReviewScheduler();

function makeCards(n: number): ReviewCard[] {
  return Array.from({ length: n }, (_, i) => {
    const path = `n${String(i).padStart(2, "0")}.md`;
    return { id: cardId(path, "k"), path, key: "k", title: path, line: 1, question: `q${i}`, answerLines: { from: 2, to: 2 }, concepts: [], tags: [] };
  });
}

function summaryAt(cards: ReviewCard[], state: ReviewState, ms: number, newCardsPerDay = 20): ReviewSummary {
  return reviewSummary(cards, state, { now: new Date(ms), utcOffsetMinutes: SEOUL }, { newCardsPerDay });
}

function expectReconciled(summary: ReviewSummary): void {
  expect(summary.newCards + summary.learning + summary.inReview).toBe(summary.cards);
  expect(summary.dueNew + summary.dueLearning + summary.dueReview).toBe(summary.dueToday);
  expect(summary.dueNew).toBeLessThanOrEqual(summary.newCards);
  expect(summary.dueLearning).toBeLessThanOrEqual(summary.learning);
  expect(summary.dueReview).toBeLessThanOrEqual(summary.inReview);
  expect(summary.dueByDay[0]).toBe(summary.dueToday);
  expect(summary.dueByDay.slice(1)).toEqual(summary.forecast.slice(1));
  expect(summary.cardsReviewedToday).toBeLessThanOrEqual(summary.reviewsToday);
  expect(summary.cardsReviewedToday).toBeLessThanOrEqual(summary.cards);
}

describe("the review numbers", () => {
  it("show a new vault's due cards in the chart's first day, not an empty month", () => {
    const cards = makeCards(1);
    const summary = summaryAt(cards, emptyReviewState(), START);
    expect(summary).toMatchObject({ cards: 1, newCards: 1, dueToday: 1, dueNew: 1, learning: 0, inReview: 0 });
    expect(summary.forecast.every((n) => n === 0)).toBe(true); // nothing scheduled: new cards are not
    expect(summary.dueByDay[0]).toBe(1); // yet the chart shows today's card
    expectReconciled(summary);
  });

  it("add up after grading 5 of 9 new cards: 4 new, 5 reviewed, the rest learning or in review", () => {
    const cards = makeCards(9);
    let state = emptyReviewState();
    const grades: ReviewGrade[] = [3, 3, 3, 3, 4];
    grades.forEach((grade, i) => (state = scheduler.grade(state, cards[i] as ReviewCard, grade, new Date(START + i * 60_000))));
    const summary = summaryAt(cards, state, START + 5 * 60_000);
    expect(summary).toMatchObject({ cards: 9, newCards: 4, cardsReviewedToday: 5, reviewsToday: 5, dueNew: 4 });
    // Good on a new card is a learning step minutes away, due again today; Easy is days away.
    expect(summary.learning).toBe(4);
    expect(summary.inReview).toBe(1);
    expect(summary.dueLearning).toBe(4);
    expect(summary.dueToday).toBe(8);
    expectReconciled(summary);
  });

  it("add up after any grades at any times, with any daily limit of new cards", () => {
    const cards = makeCards(12);
    const grade = fc.record({ card: fc.nat(11), grade: fc.constantFrom<ReviewGrade>(1, 2, 3, 4), minutes: fc.nat(3 * 24 * 60) });
    fc.assert(
      fc.property(fc.array(grade, { maxLength: 30 }), fc.nat(15), fc.nat(4 * 24 * 60), (steps, limit, after) => {
        let state = emptyReviewState();
        let at = START;
        for (const step of steps) {
          at += step.minutes * 60_000;
          state = scheduler.grade(state, cards[step.card] as ReviewCard, step.grade, new Date(at));
        }
        expectReconciled(summaryAt(cards, state, at + after * 60_000, limit));
      }),
      { numRuns: 150 },
    );
  });
});
