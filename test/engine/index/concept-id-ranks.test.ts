import { describe, expect, it } from "vitest";
import { conceptSetWith } from "../../../src/engine/concepts/builtin-concepts";
import { conceptIdRanks } from "../../../src/engine/index/concept-id-ranks";
import { compareText } from "../../../src/engine/text/compare-text";

/** The order related concepts are sorted in by id: the collator's, read from ranks made once a set. */
describe("conceptIdRanks", () => {
  const sign = (n: number): number => Math.sign(n);

  it("orders the set's ids as the collator does", () => {
    const set = conceptSetWith();
    const ids = set.concepts.map((c) => c.id);
    const ranks = conceptIdRanks(set, []);
    for (let k = 0; k + 7 < ids.length; k += 7) {
      const [a, b] = [ids[k] as string, ids[k + 7] as string];
      expect(sign((ranks.get(a) as number) - (ranks.get(b) as number))).toBe(sign(compareText(a, b)));
    }
  });

  it("takes in ids the set does not hold, each time one is first asked for", () => {
    const set = conceptSetWith();
    const first = conceptIdRanks(set, ["docker", "user:zeta-mesh"]);
    expect(first.get("user:zeta-mesh")).toBeGreaterThan(first.get("terraform") as number);
    expect(first.get("user:zeta-mesh")).toBeLessThan(first.get("vercel") as number);
    const second = conceptIdRanks(set, ["user:alpha-grid", "vpc"]);
    expect(second.get("user:alpha-grid")).toBeLessThan(second.get("user:zeta-mesh") as number);
    expect(second.get("user:alpha-grid")).toBeLessThan(second.get("vpc") as number);
    expect(conceptIdRanks(set, ["user:alpha-grid"])).toBe(second);
  });

  it("gives ids the collator holds equal one rank (the same name in NFC and NFD)", () => {
    const set = conceptSetWith();
    const composed = "user:도커-노트";
    const decomposed = composed.normalize("NFD");
    expect(compareText(composed, decomposed)).toBe(0);
    const ranks = conceptIdRanks(set, [composed, decomposed]);
    expect(ranks.get(composed)).toBe(ranks.get(decomposed));
  });
});
