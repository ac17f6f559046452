import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moveLargestToEnd } from "../../../src/engine/terms/note-terms";

describe("moveLargestToEnd (the words a note keeps)", () => {
  it("leaves the `count` largest values, and only them, at the end", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 300 }), fc.integer({ min: 0, max: 80 }), (numbers, count) => {
        const values = Float64Array.from(numbers);
        moveLargestToEnd(values, count);
        const kept = Math.min(count, numbers.length);
        const end = [...values.subarray(values.length - kept)].sort((a, b) => a - b);
        const largest = [...numbers].sort((a, b) => a - b).slice(numbers.length - kept);
        expect(end).toEqual(largest);
        expect([...values].sort((a, b) => a - b)).toEqual([...numbers].sort((a, b) => a - b));
      }),
      { numRuns: 500 },
    );
  });
});
