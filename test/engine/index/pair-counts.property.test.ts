import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairCounts } from "../../../src/engine/index/pair-counts";

/**
 * The pair counts against a plain map of pairs: counts added and taken away in any order, for
 * numbers on both sides of the triangle's edge (512), so that a concept's partners and the list
 * of pairs, now read from the counts rather than kept, are those the counts say.
 */
describe("pair counts: partners and pairs read from the counts", () => {
  const number = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 500, max: 530 }), fc.integer({ min: 2000, max: 2010 }));
  const step = fc.record({ a: number, b: number, delta: fc.integer({ min: 1, max: 3 }), undo: fc.boolean() });

  it("give each number's partners in increasing order, and every pair once", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const counts = new PairCounts();
        const model = new Map<string, number>();
        const added: Array<[number, number, number]> = [];
        for (const { a, b, delta, undo } of steps) {
          if (a === b) continue;
          const [low, high] = a < b ? [a, b] : [b, a];
          const key = `${low},${high}`;
          // An undo takes back an earlier addition whole, as dropping a note does.
          const earlier = undo ? added.pop() : undefined;
          if (earlier) {
            const [x, y, d] = earlier;
            const k = `${Math.min(x, y)},${Math.max(x, y)}`;
            expect(counts.add(x, y, -d)).toBe((model.get(k) ?? 0) - d);
            model.set(k, (model.get(k) ?? 0) - d);
            continue;
          }
          expect(counts.add(a, b, delta)).toBe((model.get(key) ?? 0) + delta);
          model.set(key, (model.get(key) ?? 0) + delta);
          added.push([a, b, delta]);
        }
        const live = [...model].filter(([, count]) => count > 0).map(([key, count]) => [...key.split(",").map(Number), count] as [number, number, number]);

        const pairs: Array<[number, number, number]> = [];
        counts.forEachPair((low, high, count) => pairs.push([low, high, count]));
        const byPair = (x: [number, number, number], y: [number, number, number]): number => x[0] - y[0] || x[1] - y[1];
        expect(pairs.sort(byPair)).toEqual([...live].sort(byPair));

        const numbers = new Set(steps.flatMap(({ a, b }) => [a, b]));
        for (const n of numbers) {
          const partners: Array<[number, number]> = [];
          counts.forEachPartner(n, (b, count) => partners.push([b, count]));
          const expected = live.filter(([low, high]) => low === n || high === n).map(([low, high, count]) => [low === n ? high : low, count] as [number, number]).sort((x, y) => x[0] - y[0]);
          expect(partners).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});
