import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AhoCorasick, fold } from "../../../src/engine/concepts/aho-corasick";
import { BOUNDARY_AFTER, BOUNDARY_BEFORE } from "../../../src/engine/concepts/automaton-scan";

/**
 * The automaton against the plainest matcher there is: every pattern looked for at every
 * offset of the folded text. Small alphabets (Latin, Hangul, a hyphen and a space) make
 * patterns overlap, nest and share suffixes, where suffix links and the sparse rows go wrong.
 */

const ALPHABET = ["a", "b", "c", "A", "도", "커", "이", " ", "-", "1"];
const word = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 6 }).map((chars) => chars.join(""));
const text = fc.array(fc.constantFrom(...ALPHABET, "x", "\u00a0", "\t"), { maxLength: 60 }).map((chars) => chars.join(""));

const folded = (s: string): string => [...s].map((c) => String.fromCharCode(fold(c.charCodeAt(0)))).join("");
const alnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function naive(patterns: readonly string[], boundaries: Uint8Array, input: string): string[] {
  const hits: string[] = [];
  const source = folded(input);
  patterns.forEach((pattern, index) => {
    const target = folded(pattern);
    for (let at = source.indexOf(target); at !== -1; at = source.indexOf(target, at + 1)) {
      const end = at + target.length;
      const b = boundaries[index] as number;
      if (b & BOUNDARY_AFTER && end < input.length && alnum(input.charCodeAt(end))) continue;
      if (b & BOUNDARY_BEFORE && at > 0 && alnum(input.charCodeAt(at - 1))) continue;
      hits.push(`${end}:${index}`);
    }
  });
  return hits.sort();
}

describe("AhoCorasick", () => {
  it("finds exactly the occurrences a naive search finds, boundaries included", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(fc.nat({ max: 3 }), { maxLength: 12 }), text, (patterns, flags, input) => {
        const boundaries = new Uint8Array(patterns.map((_, i) => flags[i] ?? 0));
        const automaton = new AhoCorasick(patterns, boundaries);
        const found = automaton.scan(input);
        const got: string[] = [];
        for (let k = 0; k < found.count; k++) got.push(`${found.ends[k] as number}:${found.patterns[k] as number}`);
        expect(got.sort()).toEqual(naive(patterns, boundaries, input));
      }),
      { numRuns: 400 },
    );
  });

  it("reports hits in the order of their ends", () => {
    const automaton = new AhoCorasick(["도커", "커", "도커 이미지", "이미지"]);
    const found = automaton.scan("도커 이미지");
    const ends = Array.from(found.ends.slice(0, found.count));
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    expect(found.count).toBe(4);
  });
});
