import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyHash, QuestionKeys } from "../../../src/engine/questions/question-keys";
import { stableHash } from "../../../src/engine/text/stable-hash";

/** What a key is by definition: the hash of the text with white space runs as one space, in lower case. */
const byDefinition = (text: string): string => stableHash(text.replace(/\s+/g, " ").toLowerCase());

/** Characters learners write in questions, and the traps of case and spacing: İ, Σ, the Kelvin sign, full-width Ａ, NBSP, U+3000, tabs. */
const PIECES = ["도커", "왜", "쿠버네티스", "ㅠㅠ", "設計", "Docker", "K8S", "Pod", "?", "？", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2003", "—", "…", "→", "İ", "Σ", "\u212a", "Ａ", "É", "😀", "ǅ", "Q.", "==", "**"];

describe("question keys", () => {
  it("hash the text as its definition does: spacing and case aside, across Unicode", () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(keyHash(t)).toBe(byDefinition(t));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["ASCII in any case and spacing", "Why  does ETCD\tneed a quorum?", "why does etcd need a quorum?"],
    ["Korean with a capitalised acronym", "  K8S 파드는  왜 재시작될까? ", " k8s 파드는 왜 재시작될까? "],
    ["a full-width space between words", "도커란\u3000무엇인가?", "도커란 무엇인가?"],
  ])("%s", (_name, text, same) => {
    expect(keyHash(text)).toBe(stableHash(same));
  });

  it("numbers a repeated text from its second question on", () => {
    const keys = new QuestionKeys();
    const [a, b, c] = ["왜 안 되지?", "왜  안 되지?", "WHY?"].map((t) => keys.next(t));
    expect(b).toBe(`${a}-2`);
    expect(c).toBe(byDefinition("why?"));
  });
});
