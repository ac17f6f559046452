import fc from "fast-check";
import { createEmptyCard, fsrs, generatorParameters, type Card } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { ReviewCard } from "../../../src/engine/review-cards/cards";
import { emptyReviewState, parseReviewState, type ReviewGrade, type ReviewState } from "../../../src/engine/review-cards/review-state";
import { ReviewScheduler } from "../../../src/engine/review-cards/scheduler";

/**
 * Our grades must give exactly what ts-fsrs's own scheduler gives for the same history: the
 * reference below is ts-fsrs run directly on its own card objects, never a table of intervals.
 */

const card: ReviewCard = { id: "a.md#k1", path: "a.md", key: "k1", title: "a", line: 3, question: "도커란?", answerLines: { from: 4, to: 4 }, concepts: [], tags: [] };
const START = Date.parse("2024-03-01T09:00:00Z");

const review = fc.record({ grade: fc.constantFrom<ReviewGrade>(1, 2, 3, 4), minutesLater: fc.integer({ min: 0, max: 60 * 24 * 90 }) });
const settings = fc.record({ desiredRetention: fc.constantFrom(0.8, 0.9, 0.95), maximumIntervalDays: fc.constantFrom(30, 365, 36500) });

function fields(c: Card): Record<string, unknown> {
  return { due: c.due.toISOString(), stability: c.stability, difficulty: c.difficulty, scheduled_days: c.scheduled_days, learning_steps: c.learning_steps, reps: c.reps, lapses: c.lapses, state: c.state, last_review: c.last_review?.toISOString() };
}

describe("grading with ts-fsrs", () => {
  it("gives what ts-fsrs gives for the same history, through save and load between grades", () => {
    fc.assert(
      fc.property(settings, fc.array(review, { minLength: 1, maxLength: 12 }), (options, history) => {
        const scheduler = new ReviewScheduler(options);
        const reference = fsrs(generatorParameters({ request_retention: options.desiredRetention, maximum_interval: options.maximumIntervalDays, enable_fuzz: false }));
        let state: ReviewState = emptyReviewState();
        let expected: Card | undefined;
        let now = START;
        for (const step of history) {
          now += step.minutesLater * 60_000;
          const at = new Date(now);
          expected = reference.next(expected ?? createEmptyCard(at), at, step.grade).card;
          // What the plugin saves is JSON; what it loads is parsed again.
          state = parseReviewState(JSON.parse(JSON.stringify(scheduler.grade(state, card, step.grade, at)))).state;
          const { path, key, line, ...stored } = state.cards[card.id] ?? ({} as never);
          expect({ path, key, line }).toEqual({ path: "a.md", key: "k1", line: 3 });
          expect({ ...stored, last_review: stored.last_review }).toMatchObject(fields(expected));
        }
        expect(state.log.map((e) => e.rating)).toEqual(history.map((h) => h.grade).slice(-state.log.length));
      }),
    );
  });

  it("previews for each button what ts-fsrs would schedule", () => {
    fc.assert(
      fc.property(fc.array(review, { maxLength: 6 }), fc.integer({ min: 0, max: 60 * 24 * 30 }), (history, wait) => {
        const scheduler = new ReviewScheduler();
        const reference = fsrs(generatorParameters({ request_retention: 0.9, maximum_interval: 365, enable_fuzz: false }));
        let state = emptyReviewState();
        let expected: Card | undefined;
        let now = START;
        for (const step of history) {
          now += step.minutesLater * 60_000;
          expected = reference.next(expected ?? createEmptyCard(new Date(now)), new Date(now), step.grade).card;
          state = scheduler.grade(state, card, step.grade, new Date(now));
        }
        const at = new Date(now + wait * 60_000);
        const preview = scheduler.preview(state, card, at);
        const options = reference.repeat(expected ?? createEmptyCard(at), at);
        for (const grade of [1, 2, 3, 4] as const) {
          expect(preview[grade].due.toISOString()).toBe(options[grade].card.due.toISOString());
          expect(preview[grade].intervalMs).toBe(options[grade].card.due.getTime() - at.getTime());
        }
      }),
    );
  });

  it("keeps the maximum interval and the desired retention of the settings", () => {
    const graded = (retention: number, maxDays: number): number => {
      const scheduler = new ReviewScheduler({ desiredRetention: retention, maximumIntervalDays: maxDays });
      let state = emptyReviewState();
      let now = START;
      for (let i = 0; i < 8; i++) {
        state = scheduler.grade(state, card, 4, new Date(now));
        now = Date.parse(state.cards[card.id]?.due ?? "");
      }
      return state.cards[card.id]?.scheduled_days ?? 0;
    };
    // ts-fsrs keeps Hard < Good < Easy apart even at the cap, so Easy may end a day or two past it.
    expect(graded(0.9, 30)).toBeLessThan(graded(0.9, 36500) / 4);
    expect(graded(0.8, 36500)).toBeGreaterThan(graded(0.95, 36500));
  });

  it("stores the days since the last grade as ts-fsrs counted them: whole UTC calendar days, 0 when New", () => {
    const scheduler = new ReviewScheduler();
    let state = emptyReviewState();
    const stored: number[] = [];
    for (const at of ["2024-03-01T09:00:00Z", "2024-03-01T23:30:00Z", "2024-03-02T00:30:00Z", "2024-03-12T08:00:00Z"]) {
      state = scheduler.grade(state, card, 3, new Date(at));
      stored.push(state.cards[card.id]?.elapsed_days ?? -1);
    }
    expect(stored).toEqual([0, 0, 1, 10]);
  });

  it("logs each grade with the state the card was in, and keeps the log to the last 30 days", () => {
    const scheduler = new ReviewScheduler();
    let state = scheduler.grade(emptyReviewState(), card, 3, new Date(START));
    state = scheduler.grade(state, card, 1, new Date(START + 10 * 60_000));
    expect(state.log.map((e) => [e.rating, e.state])).toEqual([[3, 0], [1, 1]]);
    state = scheduler.grade(state, card, 3, new Date(START + 31 * 86_400_000));
    expect(state.log).toHaveLength(1);
  });
});

describe("a clock behind the last review (two synced devices)", () => {
  it("grades as at the last review instead of failing, and stores no negative days", async () => {
    const { ReviewScheduler } = await import("../../../src/engine/review-cards/scheduler");
    const { parseReviewState, emptyReviewState } = await import("../../../src/engine/review-cards/review-state");
    const scheduler = new ReviewScheduler({ desiredRetention: 0.9, maximumIntervalDays: 365 });
    const card = { id: "a.md#k1", path: "a.md", key: "k1" } as never;
    let state = scheduler.grade(emptyReviewState(), card, 3, new Date("2026-03-10T12:00:00Z"));
    state = scheduler.grade(state, card, 3, new Date("2026-03-12T12:00:00Z"));
    state = scheduler.grade(state, card, 3, new Date("2026-03-05T12:00:00Z")); // the other device's clock
    const record = state.cards["a.md#k1"];
    expect(record?.elapsed_days).toBe(0);
    const reread = parseReviewState(JSON.parse(JSON.stringify(state)));
    expect(reread.problem).toBeUndefined();
    expect(reread.state.cards["a.md#k1"]).toBeDefined();
  });
});

describe("dates no review leaves (a hand edit, a broken sync)", () => {
  const stored = (lastReview: string, due: string): unknown => ({
    version: 1,
    cards: { "a.md#k1": { path: "a.md", key: "k1", due, stability: 3, difficulty: 5, elapsed_days: 1, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: lastReview } },
    log: [{ card: "a.md#k1", rating: 3, state: 2, review: lastReview }],
  });
  const NOW = new Date("2024-05-01T12:00:00Z");

  it.each([
    ["JavaScript's last day", "+275760-09-13T00:00:00.000Z"],
    ["year 9999", "9999-12-31T00:00:00.000Z"],
    ["before 1970", "1900-01-01T00:00:00.000Z"],
  ])("reads a last review at %s into the sane range and grades from today, never beyond year 2200 plus the interval", (_name, date) => {
    const parsed = parseReviewState(stored(date, date));
    expect(parsed.problem).toBeUndefined();
    const record = parsed.state.cards["a.md#k1"];
    for (const value of [record?.due, record?.last_review, parsed.state.log[0]?.review]) {
      const ms = Date.parse(value as string);
      expect(ms).toBeGreaterThanOrEqual(Date.UTC(1970, 0, 1));
      expect(ms).toBeLessThanOrEqual(Date.UTC(2200, 0, 1));
    }
    const scheduler = new ReviewScheduler();
    const graded = scheduler.grade(parsed.state, card, 3, NOW);
    const due = Date.parse(graded.cards["a.md#k1"]?.due as string);
    expect(due).toBeGreaterThan(NOW.getTime());
    expect(due).toBeLessThan(NOW.getTime() + 366 * 86_400_000);
    expect(Object.values(scheduler.preview(parsed.state, card, NOW)).every((p) => p.intervalMs > 0 && p.intervalMs < 366 * 86_400_000)).toBe(true);
  });
});
