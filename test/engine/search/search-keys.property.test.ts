import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchKeyBuilder } from "../../../src/engine/search/search-keys";

// Pieces of the forms a vault's names and lines are made of, traps included: punctuation runs,
// compound vowels and finals in syllables (과, 닭), lone jamo (ㄷ, ㅘ), accents precomposed and
// combining, full-width letters, an emoji, conjoining jamo, digits.
const piece = fc.constantFrom("Docker", "docker", "K8s", "CI/CD", "v2", "-", "--", " ", "  ", "_", ".", "!", "?", "도커", "과", "닭", "읽기", "쿠버네티스", "ㄷ", "ㅘ", "ㄳ", "café", "e\u0301", "Ｄｏｃｋｅｒ", "🐳", "\u1100\u1161", "2024", "Äpfel", "İ", "\t");
const form = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));

describe("SearchKeyBuilder", () => {
  it("makes the same key in one pass as the general way, whatever the form", () => {
    fc.assert(
      fc.property(form, (text) => {
        expect(new SearchKeyBuilder().key(text)).toEqual(new SearchKeyBuilder().keyByWords(text));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["Docker-Compose v2!", { form: "Docker-Compose v2!", jamo: "docker compose v2" }],
    ["  k8s 클러스터 ", { form: "  k8s 클러스터 ", jamo: "k8s ㅋㅡㄹㄹㅓㅅㅡㅌㅓ", choseong: "k8s ㅋㄹㅅㅌ" }],
    ["과닭", { form: "과닭", jamo: "ㄱㅗㅏㄷㅏㄹㄱ", choseong: "ㄱㄷ" }],
    ["--", undefined],
  ])("%s → %j", (text, key) => {
    expect(new SearchKeyBuilder().key(text)).toEqual(key);
  });
});
