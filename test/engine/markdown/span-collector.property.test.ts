import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanCollector, type SpanKind } from "../../../src/engine/markdown/protected-spans";

/**
 * The collector's ordering against a plain sort: spans added in two stretches, each in any
 * order (nearly sorted, as a note's are, or shuffled far enough that the insertion sort gives up
 * and the slow sort takes over), come out sorted by start, equal starts in the order added, and
 * overlapping ones merged into the first. One collector after another, as note after note.
 */
describe("span collector: unread spans sorted and disjoint", () => {
  const kinds: SpanKind[] = ["code", "url", "tag", "link-target"];
  const span = fc.record({ from: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 1, max: 30 }), kind: fc.integer({ min: 0, max: kinds.length - 1 }) });
  const note = fc.record({ spans: fc.array(span, { maxLength: 120 }), mark: fc.nat() });

  it("order and merge them as a stable sort does", () => {
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 3 }), (notes) => {
        for (const { spans, mark } of notes) {
          const collector = new SpanCollector();
          const split = spans.length === 0 ? 0 : mark % (spans.length + 1);
          spans.forEach((s, k) => {
            if (k === split) collector.endStretch();
            collector.add(s.from, s.from + s.length, kinds[s.kind] as SpanKind);
          });
          if (split === spans.length) collector.endStretch();
          const { spans: found, unread } = collector.finish();
          const expected = modelDisjoint(spans.map((s) => ({ from: s.from, to: s.from + s.length, kind: kinds[s.kind] as SpanKind })));
          expect(found.list()).toEqual(expected);
          expect(unread).toEqual(expected.flatMap((s) => [s.from, s.to]));
        }
      }),
    );
  });
});

function modelDisjoint(spans: Array<{ from: number; to: number; kind: SpanKind }>): Array<{ from: number; to: number; kind: SpanKind }> {
  const sorted = spans.map((s, k) => ({ ...s, k })).sort((a, b) => a.from - b.from || a.k - b.k);
  const out: Array<{ from: number; to: number; kind: SpanKind }> = [];
  for (const { from, to, kind } of sorted) {
    const last = out[out.length - 1];
    if (last && from < last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to, kind });
  }
  return out;
}
