import { describe, expect, it } from "vitest";
import { forEachWord, hashOf } from "../../../src/engine/terms/words";
import { forEachEntry, lookUp, NOTE_WORD_LIMIT, withTitle } from "../../../src/engine/terms/note-terms";
import { parseNote } from "../../../src/engine/parse/parse-note";

function entryOf(terms: string, word: string) {
  let hash = 0;
  forEachWord(word, (key) => (hash = hashOf(key)));
  return lookUp(terms, hash);
}

describe("note terms", () => {
  const note = "# 라우팅 정리\n\n라우팅 테이블은 서브넷마다 하나. 라우팅은 가장 긴 접두사가 이긴다.\n\n```\nroute add default gw\n```\n\nQ. NAT 게이트웨이는 왜 비싸지?\n";
  const terms = parseNote("Networking/Route tables.md", note, { answerTerms: true }).terms as string;

  it("count what the text says, mark what headings and the title say", () => {
    expect(entryOf(terms, "라우팅")).toEqual({ count: 3, heading: true, title: true });
    expect(entryOf(terms, "테이블")).toEqual({ count: 1, heading: false, title: true });
    expect(entryOf(terms, "서브넷")).toEqual({ count: 1, heading: false, title: false });
  });

  it("leave out lines that still ask, and code", () => {
    expect(entryOf(terms, "게이트웨이")).toBeNull();
    expect(entryOf(terms, "gw")).toBeNull();
  });

  it("are not computed for the editor's parse", () => {
    expect(parseNote("n.md", note).terms).toBeUndefined();
  });

  it("keep the words a note says most, at most the limit, in hash order", () => {
    const words = Array.from({ length: 150 }, (_, i) => `w${i} `.repeat(1 + (i % 5))).join("\n");
    const parsed = parseNote("n.md", words, { answerTerms: true });
    const hashes: number[] = [];
    const counts: number[] = [];
    forEachEntry(parsed.terms as string, (hash, entry) => {
      hashes.push(hash);
      counts.push(entry.count);
    });
    // 30 words are said five times, 30 four times, 30 three times: all of the first two, 4 of the third.
    expect(hashes.length).toBe(NOTE_WORD_LIMIT);
    expect(counts.filter((c) => c === 5)).toHaveLength(30);
    expect(counts.filter((c) => c === 4)).toHaveLength(30);
    expect(counts.filter((c) => c === 3)).toHaveLength(NOTE_WORD_LIMIT - 60);
    expect([...hashes].sort((a, b) => a - b)).toEqual(hashes);
  });

  it("read a long note's start and every heading: later sections are known by their headings", () => {
    const filler = "컨테이너 오케스트레이션 정리 문단입니다. ".repeat(200);
    const long = `${filler}\n\n## 서비스 메시\n사이드카 프록시가 트래픽을 가로챈다.\n`;
    const parsed = parseNote("n.md", long, { answerTerms: true }).terms as string;
    expect(entryOf(parsed, "메시")).toEqual({ count: 1, heading: true, title: false });
    expect(entryOf(parsed, "사이드카")).toBeNull();
  });

  it("follow a rename: the new title's words, as a parse under the new name gives", () => {
    const renamed = parseNote("Networking/NAT gateway.md", note, { answerTerms: true }).terms;
    expect(withTitle(terms, "NAT gateway")).toBe(renamed);
    expect(withTitle(withTitle(terms, "NAT gateway"), "Route tables")).toBe(terms);
  });
});
