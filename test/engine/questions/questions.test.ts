import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { QUESTION_CASES } from "./questions.cases";

describe("questions", () => {
  it.each(QUESTION_CASES)("$name", ({ note, expected, options }) => {
    const parsed = parseNote("note.md", note, options ? { questions: options } : {});
    const found = parsed.questions.map((q) => {
      const row: { line: number; text: string; status: string; answer?: string } = { line: q.line, text: q.text, status: q.status };
      return row;
    });
    expect(found).toEqual(expected.map(({ line, text, status }) => ({ line, text, status })));
    expected.forEach((want, i) => {
      if (want.answer !== undefined) expect(parsed.questions[i]?.answer).toBe(want.answer);
    });
  });

  it("records the lines the answer spans and the concepts on the question line", () => {
    const [q] = parseNote("n.md", "Q. 도커와 쿠버네티스는 무슨 관계?\n\n-> 쿠버네티스가 컨테이너를 관리한다.\n\n## 끝\n").questions;
    expect(q?.answerLines).toEqual({ from: 3, to: 3 });
    expect(q?.concepts).toEqual(["docker", "kubernetes"]);
  });

  it("keeps a question's key when the note around it changes, and changes it when its text does", () => {
    const before = parseNote("n.md", "Q. 도커란?\n-> 플랫폼\n").questions[0]?.key;
    const moved = parseNote("n.md", "# 새 제목\n\n본문 추가\n\nQ. 도커란?\n-> 다른 답\n").questions[0]?.key;
    const rewritten = parseNote("n.md", "Q. 도커는 무엇인가?\n-> 플랫폼\n").questions[0]?.key;
    expect(moved).toBe(before);
    expect(rewritten).not.toBe(before);
  });

  it("gives repeated questions in one note distinct keys", () => {
    const keys = parseNote("n.md", "Q. 왜?\n\nQ. 왜?\n").questions.map((q) => q.key);
    expect(new Set(keys).size).toBe(2);
  });
});
