import { describe, expect, it } from "vitest";
import { builtinMatcher } from "../../../src/engine/concepts/builtin-concepts";
import { targetWord, withTargetWords } from "../../../src/engine/parse/link-target-words";
import { parseNote } from "../../../src/engine/parse/parse-note";

/** The word a link written alone as `text` shows, when it is read by context. */
function shown(text: string): string | undefined {
  const word = targetWord(text, 0, text.length, builtinMatcher());
  return word && text.slice(word.wordFrom, word.wordTo);
}

describe("the word a bare wikilink shows", () => {
  it.each([
    ["[[Deployment]]", "Deployment"],
    ["[[Volumes]]", "Volumes"],
    ["[[이미지]]", "이미지"],
    ["[[K8s/Secrets#Types]]", "Secrets"],
    ["[[Core Concepts/Service.md]]", "Service"],
    ["[[Namespace^block]]", "Namespace"],
  ])("%s shows %s", (text, word) => {
    expect(shown(text)).toBe(word);
  });

  it.each([
    ["[[Deployment|배포 전략]]", "display text is prose already"],
    ["[[git-init]]", "no word of ours"],
    ["[[Docker]]", "a concept's name: the link names it, nothing to read"],
    ["[[Deployment strategies]]", "more than the word"],
    ["[[]]", "nothing"],
  ])("%s shows none (%s)", (text) => {
    expect(shown(text)).toBeUndefined();
  });

  it("writes the shown words back into the prose, offset for offset", () => {
    const text = "see [[Deployment]] and [[Service]]";
    const prose = "see                and            ";
    const words = [targetWord(text, 4, 18, builtinMatcher()), targetWord(text, 23, 34, builtinMatcher())].filter((w) => w !== undefined);
    const written = withTargetWords(prose, text, words);
    expect(written).toBe("see   Deployment   and   Service  ");
    expect(written).toHaveLength(text.length);
  });
});

describe("a note's links that show a word read by context", () => {
  it("are linked mentions, the whole link, of what the word reads as in its section", () => {
    const text = "## Kubernetes objects\n\n⬅️ [[ReplicaSets]] | [[Deployment]] ➡️\n";
    const note = parseNote("K8s/Pod.md", text);
    const mentions = note.mentions.map((m) => ({ concept: m.conceptId, text: text.slice(m.start, m.end), linked: m.inLink, linkable: m.linkable }));
    expect(mentions).toContainEqual({ concept: "kubernetes-deployment", text: "[[Deployment]]", linked: true, linkable: false });
  });

  it("are no mention where the word reads as nothing of ours", () => {
    const note = parseNote("Photos.md", "## 사진 정리\n\n블로그 [[이미지]] 모음\n");
    expect(note.mentions).toEqual([]);
  });
});
