import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collatedPlace, conceptNumber } from "../../../src/engine/index/concept-numbers";
import { MentionUses } from "../../../src/engine/index/mention-uses";
import { MENTION_FIXED, MENTION_IN_LINK } from "../../../src/engine/index/record-layout";
import type { ConceptMention } from "../../../src/engine/parse/note-types";

/**
 * The folded uses against a map of use objects (how records were made before): note after note
 * through one folder, so a use left over from the note before would show; brands counted as
 * mentions never linked alone; linked concepts flagged only when mentioned.
 */
describe("mention uses: one use per concept, most mentioned first", () => {
  const ids = ["uses-docker", "uses-pod", "uses-도커", "uses-lxc", "uses-Node", "uses-node"];
  const mention = fc.record({
    concept: fc.constantFrom(...ids),
    brand: fc.option(fc.constantFrom(...ids), { nil: undefined }),
    line: fc.integer({ min: 1, max: 5000 }),
    inLink: fc.boolean(),
    linkable: fc.boolean(),
  });
  const note = fc.record({ mentions: fc.array(mention, { maxLength: 40 }), links: fc.array(fc.constantFrom(...ids, "no concept"), { maxLength: 5 }) });

  it("fold every note as a map of uses does", () => {
    const uses = new MentionUses();
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 4 }), (notes) => {
        for (const { mentions: written, links } of notes) {
          const mentions = written.map(
            (m) => ({ conceptId: m.concept, line: m.line, inLink: m.inLink, linkable: m.linkable, ...(m.brand ? { brand: { conceptId: m.brand, start: 0, end: 1 } } : {}) }) as ConceptMention,
          );
          uses.fold(mentions, (target) => (target === "no concept" ? undefined : target), links.map((target) => ({ target })));
          const expected = modelUses(mentions, links);
          const seen: Array<{ number: number; linked: boolean; lines: number[] }> = [];
          let at = 0;
          for (let use = 0; use < uses.count; use++) {
            const count = uses.lineCounts[use] as number;
            seen.push({ number: uses.numbers[use] as number, linked: uses.linked[use] === 1, lines: [...uses.lines.subarray(at, at + count)] });
            at += count;
          }
          expect(at).toBe(uses.lineTotal);
          expect(seen).toEqual(expected);
        }
      }),
    );
  });
});

function modelUses(mentions: readonly ConceptMention[], links: readonly string[]): Array<{ number: number; linked: boolean; lines: number[] }> {
  const uses = new Map<string, { number: number; linked: boolean; lines: number[] }>();
  const count = (id: string, line: number): void => {
    const use = uses.get(id) ?? { number: conceptNumber(id), linked: false, lines: [] };
    uses.set(id, use);
    use.lines.push(line);
  };
  for (const m of mentions) {
    const flags = m.inLink ? MENTION_IN_LINK : MENTION_FIXED;
    if (m.brand) count(m.brand.conceptId, m.line * 4 + flags);
    count(m.conceptId, m.line * 4 + (m.inLink ? MENTION_IN_LINK : m.linkable ? 0 : MENTION_FIXED));
  }
  for (const target of links) {
    const use = uses.get(target);
    if (use) use.linked = true;
  }
  return [...uses.values()].sort((a, b) => b.lines.length - a.lines.length || collatedPlace(a.number) - collatedPlace(b.number));
}
