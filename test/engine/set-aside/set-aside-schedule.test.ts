import { describe, expect, it } from "vitest";
import { isResting, markReviewed, restingNotes, reviewIntervalDays } from "../../../src/engine/set-aside/set-aside-schedule";

const DAY = 24 * 60 * 60 * 1000;

describe("review schedule of notes marked reviewed", () => {
  it("spaces reviews 1, 3, 7, 14, then 30 days apart", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(reviewIntervalDays)).toEqual([1, 3, 7, 14, 30, 30, 30]);
  });

  it("keeps a reviewed note out of the queue until it is due", () => {
    const review = markReviewed(undefined, 0, 10 * DAY);
    expect(isResting(review, 0, 10 * DAY + 1)).toBe(true);
    expect(isResting(review, 0, 11 * DAY)).toBe(false);
  });

  it("brings a note back as soon as it changes", () => {
    const review = markReviewed(undefined, 0, 10 * DAY);
    expect(isResting(review, 10 * DAY + 5, 10 * DAY + 10)).toBe(false);
  });

  it("grows the streak while the note is unchanged, and restarts it after an edit", () => {
    const first = markReviewed(undefined, 0, 1 * DAY);
    const second = markReviewed(first, 0, 3 * DAY);
    expect(second.count).toBe(2);
    expect(isResting(second, 0, 3 * DAY + 2 * DAY)).toBe(true);
    expect(markReviewed(second, 4 * DAY, 5 * DAY).count).toBe(1);
  });

  it("lists the resting notes of a vault, forgetting notes that are gone", () => {
    const reviews = new Map([
      ["a.md", { reviewedAt: 10 * DAY, count: 1 }],
      ["gone.md", { reviewedAt: 10 * DAY, count: 1 }],
    ]);
    expect([...restingNotes(reviews, (path) => (path === "a.md" ? 0 : undefined), 10 * DAY + 1)]).toEqual(["a.md"]);
  });
});
