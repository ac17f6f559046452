import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { ANSWER_SHAPE_CASES } from "./answer-shapes.cases";
import { CALLOUT_QUESTION_CASES } from "./callout-questions.cases";
import { QUESTION_CASES } from "./questions.cases";
import { WORDED_QUESTION_CASES } from "./worded-questions.cases";

const TABLES = { markers: QUESTION_CASES, callouts: CALLOUT_QUESTION_CASES, worded: WORDED_QUESTION_CASES, "answer shapes": ANSWER_SHAPE_CASES };

describe.each(Object.entries(TABLES))("questions: %s", (_table, cases) => {
  it.each(cases)("$name", ({ note, expected, options }) => {
    const parsed = parseNote("note.md", note, options ? { questions: options } : {});
    const found = parsed.questions.map((q) => ({ line: q.line, text: q.text, status: q.status }));
    expect(found).toEqual(expected.map(({ line, text, status }) => ({ line, text, status })));
    expected.forEach((want, i) => {
      if (want.answer !== undefined) expect(parsed.questions[i]?.answer).toBe(want.answer);
      if (want.kind !== undefined) expect(parsed.questions[i]?.kind).toBe(want.kind);
    });
  });
});

describe("questions", () => {
  it("records the lines the answer spans and the concepts on the question line", () => {
    const [q] = parseNote("n.md", "Q. 도커와 쿠버네티스는 무슨 관계?\n\n-> 쿠버네티스가 컨테이너를 관리한다.\n\n## 끝\n").questions;
    expect(q?.answerLines).toEqual({ from: 3, to: 3 });
    expect(q?.concepts).toEqual(["docker", "kubernetes"]);
  });

  it("gives a question that states its own answer no answer lines: it is answered, but its line is no card", () => {
    const [q] = parseNote("n.md", "intro\nQ. latest 태그만 쓰면? -> 롤백할 태그가 남지 않음\n").questions;
    expect(q?.status).toBe("answered");
    expect(q?.answerLines).toBeUndefined();
  });

  it("gives a callout question its body and the answer callout after it as answer lines", () => {
    const [q] = parseNote("n.md", "> [!question] 왜?\n\n> [!success] 답\n> 이유\n\n다음\n").questions;
    expect(q?.answerLines).toEqual({ from: 3, to: 4 });
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
