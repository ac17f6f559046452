import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceWithin } from "../../../src/engine/review-cards/text-distance";

/** The textbook dynamic programme, whole table: what the banded one must agree with. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] as number;
}

describe("edit distance within a limit", () => {
  it.each([
    ["도커란", "도커란", 1, 0],
    ["도커란", "도커는", 1, 1],
    ["kubernetes", "kubernates", 2, 1],
    ["이미지레이어는무엇인가", "이미지레이어란무엇인가", 3, 1],
    ["도커란", "도커는무엇인가", 2, 3], // over the limit: limit + 1
    ["", "abc", 5, 3],
  ])("%s → %s (limit %i): %i", (a, b, limit, expected) => {
    expect(distanceWithin(a, b, limit)).toBe(expected);
  });

  it("agrees with the full table up to the limit, and says limit + 1 beyond it", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "도"), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        expect(distanceWithin(a, b, limit)).toBe(Math.min(levenshtein(a, b), limit + 1));
      }),
      { numRuns: 2000 },
    );
  });
});
