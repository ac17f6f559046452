import { describe, expect, it } from "vitest";
import { clockAt, clockAtStartOf, dayNumber, localDateOf, type ReviewClock } from "../../../src/engine/review-cards/review-clock";

/** The one clock both shells build: the learner's day starts at their midnight, not UTC's. */
describe("the review clock", () => {
  it("tells the learner's date from the moment and their offset", () => {
    const seoul: ReviewClock = { now: new Date("2024-04-30T23:30:00Z"), utcOffsetMinutes: 540 };
    expect(localDateOf(seoul)).toBe("2024-05-01");
    expect(localDateOf({ ...seoul, utcOffsetMinutes: 0 })).toBe("2024-04-30");
    expect(localDateOf({ now: new Date("2024-05-01T02:00:00Z"), utcOffsetMinutes: -300 })).toBe("2024-04-30");
  });

  it("takes the machine's offset from the date, and a --today date as that day's start", () => {
    const now = new Date("2024-05-01T12:00:00Z");
    expect(clockAt(now)).toEqual({ now, utcOffsetMinutes: -now.getTimezoneOffset() });
    const start = clockAtStartOf("2024-05-01");
    expect(localDateOf(start)).toBe("2024-05-01");
    expect(dayNumber(start.now.getTime() - 1, start.utcOffsetMinutes)).toBe(dayNumber(start.now.getTime(), start.utcOffsetMinutes) - 1);
  });
});
