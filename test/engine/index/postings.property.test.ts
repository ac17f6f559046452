import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Postings } from "../../../src/engine/index/postings";

/**
 * The postings against a plain map of maps: counts set, added and taken away in any order, notes
 * put in before, between and after those a key holds (a cold build appends, an edit inserts),
 * and each key's notes read back in increasing order with their counts.
 */
describe("postings: notes by key, in order, with their counts", () => {
  const step = fc.record({
    key: fc.integer({ min: 0, max: 6 }),
    note: fc.integer({ min: 0, max: 40 }),
    value: fc.integer({ min: -3, max: 5 }),
    relative: fc.boolean(),
  });

  it("hold what the model holds after any steps", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const postings = new Postings();
        const model = new Map<number, Map<number, number>>();
        for (const { key, note, value, relative } of steps) {
          const notes = model.get(key) ?? new Map<number, number>();
          model.set(key, notes);
          const next = relative ? (notes.get(note) ?? 0) + value : value;
          if (relative) postings.add(key, note, value);
          else postings.set(key, note, value);
          // A note present falls out at 0 or below; a note absent comes in only above 0.
          if (next > 0) notes.set(note, next);
          else notes.delete(note);
        }
        for (let key = 0; key <= 6; key++) {
          const expected = [...(model.get(key) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]);
          const seen: Array<[number, number]> = [];
          postings.forEach(key, (note, count) => seen.push([note, count]));
          expect(seen).toEqual(expected);
          expect(postings.size(key)).toBe(expected.length);
          for (const [note, count] of expected) expect(postings.get(key, note)).toBe(count);
        }
        expect(postings.keys()).toEqual([...model].filter(([, notes]) => notes.size > 0).map(([key]) => key).sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it("append notes given in increasing order, as a cold build gives them", () => {
    const postings = new Postings();
    for (let note = 0; note < 1000; note++) postings.set(note % 3, note, note + 1);
    const seen: number[] = [];
    postings.forEach(1, (note, count) => {
      expect(count).toBe(note + 1);
      seen.push(note);
    });
    expect(seen).toEqual(Array.from({ length: 333 }, (_, i) => 3 * i + 1));
  });
});
