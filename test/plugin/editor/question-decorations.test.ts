import { EditorState, type ChangeSpec } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { builtinMatcher } from "../../../src/engine/concepts/builtin-concepts";
import { parseNote } from "../../../src/engine/parse/parse-note";
import type { QuestionOptions } from "../../../src/engine/questions/find-questions";
import { BadgeWidget } from "../../../src/plugin/editor/badge-widget";
import { questionDecorations, rederive, type DecorationConfig, type DecorationState } from "../../../src/plugin/editor/question-decorations";
import { QUESTION_CASES } from "../../engine/questions/questions.cases";

/**
 * The editor's decorations built from an `EditorState` alone (no view, no DOM): one badge at the
 * end of each question line the engine finds, with its status; underlines on unlinked mentions;
 * nothing in code or frontmatter; and badges that follow an edit.
 */

interface Setup {
  state: EditorState;
  field: ReturnType<typeof questionDecorations>["field"];
  /** The texts handed to the parser, in order. */
  parsed: string[];
}

function setup(doc: string, options: Partial<Pick<DecorationConfig, "badges" | "hints" | "hintEvery">> & { questions?: Partial<QuestionOptions> } = {}): Setup {
  const parsed: string[] = [];
  const decorations = questionDecorations({
    badges: options.badges ?? true,
    hints: options.hints ?? true,
    hintEvery: options.hintEvery ?? false,
    parse: (text) => {
      parsed.push(text);
      return parseNote("note.md", text, options.questions ? { questions: options.questions } : {});
    },
    conceptName: (id) => builtinMatcher().concepts.get(id)?.name ?? id,
  });
  return { state: EditorState.create({ doc, extensions: decorations.extension }), field: decorations.field, parsed };
}

function badges(state: EditorState, field: Setup["field"]): Array<{ line: number; status: string; atLineEnd: boolean; tooltip: string }> {
  const out: Array<{ line: number; status: string; atLineEnd: boolean; tooltip: string }> = [];
  state.field(field).badges.between(0, state.doc.length, (from, _to, deco) => {
    const { widget } = deco.spec as { widget: BadgeWidget };
    const line = state.doc.lineAt(from);
    out.push({ line: line.number, status: widget.status, atLineEnd: from === line.to, tooltip: widget.tooltip });
  });
  return out;
}

function hints(state: EditorState, field: Setup["field"]): Array<{ text: string; line: number; conceptId: string }> {
  const out: Array<{ text: string; line: number; conceptId: string }> = [];
  state.field(field).hints.between(0, state.doc.length, (from, to, deco) => {
    out.push({ text: state.sliceDoc(from, to), line: state.doc.lineAt(from).number, conceptId: (deco.spec as { conceptId: string }).conceptId });
  });
  return out;
}

function edit(state: EditorState, changes: ChangeSpec): EditorState {
  return state.update({ changes }).state;
}

function settle(state: EditorState): EditorState {
  return state.update({ effects: rederive.of({ all: false }) }).state;
}

describe("question badges from an EditorState, for every question shape of the engine's cases", () => {
  it.each(QUESTION_CASES)("$name", ({ note, expected, options }) => {
    const { state, field } = setup(note, options ? { questions: options } : {});
    const found = badges(state, field);
    expect(found.map(({ line, status }) => ({ line, status }))).toEqual(expected.map(({ line, status }) => ({ line, status })));
    expect(found.every((badge) => badge.atLineEnd)).toBe(true);
  });
});

describe("question badges", () => {
  it("say the status, the first line of the answer and the concepts in their tooltip", () => {
    const { state, field } = setup("Q. 도커와 쿠버네티스는 무슨 관계?\n-> 쿠버네티스가 컨테이너를 관리한다.\n   둘째 줄\n");
    expect(badges(state, field)[0]?.tooltip).toBe("Answered\nAnswer: 쿠버네티스가 컨테이너를 관리한다.\nConcepts: Docker, Kubernetes");
  });

  it("turn answered when an answer is typed under an open question, re-parsing only its section", () => {
    const doc = ["# 도커 공부", "", "본문 한 줄", "", "## 질문", "Q. 도커 이미지는 어디에 저장되지?", "", "## 다음", "Q. 포드맨은?", ""].join("\n");
    const { state, field, parsed } = setup(doc);
    expect(badges(state, field).map((b) => [b.line, b.status])).toEqual([[6, "open"], [9, "open"]]);

    const questionEnd = state.doc.line(6).to;
    let next = state;
    for (const [i, key] of [..."\n-> 레지스트리"].entries()) next = edit(next, { from: questionEnd + i, insert: key });
    // Until the re-derivation, the badge keeps to the end of its line, still open.
    expect(badges(next, field).map((b) => [b.line, b.status, b.atLineEnd])).toEqual([[6, "open", true], [10, "open", true]]);

    parsed.length = 0;
    next = settle(next);
    expect(badges(next, field).map((b) => [b.line, b.status])).toEqual([[6, "answered"], [10, "open"]]);
    expect(parsed).toEqual(["## 질문\nQ. 도커 이미지는 어디에 저장되지?\n-> 레지스트리\n"]);
  });

  it("turn back open when the answer is deleted", () => {
    const { state, field } = setup("## 질문\nQ. 도커란?\n-> 플랫폼\n## 끝\n");
    const answer = state.doc.line(3);
    const next = settle(edit(state, { from: answer.from - 1, to: answer.to }));
    expect(badges(next, field).map((b) => [b.line, b.status])).toEqual([[2, "open"]]);
  });

  it("are never drawn inside code blocks or frontmatter, before or after an edit", () => {
    const doc = ["---", "title: \"Q. 도커?\"", "tags: [도커]", "---", "```bash", "Q. 도커는?", "docker run 도커", "```", "Q. 진짜 도커 질문?", ""].join("\n");
    const { state, field } = setup(doc);
    expect(badges(state, field).map((b) => b.line)).toEqual([9]);
    expect(hints(state, field).map((h) => h.line)).toEqual([9]);
    const inCode = state.doc.line(7).to;
    const next = settle(edit(state, { from: inCode, insert: "\nQ. 쿠버네티스는? 도커" }));
    expect(badges(next, field).map((b) => b.line)).toEqual([10]);
    expect(hints(next, field).map((h) => h.line)).toEqual([10]);
  });

  it("are left out when the setting is off", () => {
    const { state, field } = setup("Q. 도커란?\n", { badges: false });
    expect(badges(state, field)).toEqual([]);
    expect(hints(state, field).map((h) => h.text)).toEqual(["도커"]);
  });
});

describe("concept hints", () => {
  it("underline unlinked prose mentions only, particles outside", () => {
    const { state, field } = setup("도커는 컨테이너를 돌린다. [[Docker|도커]] `도커` https://x.io/도커 %% 도커 %%\n", { hintEvery: true });
    expect(hints(state, field)).toEqual([
      { text: "도커", line: 1, conceptId: "docker" },
      { text: "컨테이너", line: 1, conceptId: "container" },
    ]);
    // By default, only the first of each concept a section does not link already.
    const first = setup("도커는 컨테이너를 돌린다. 컨테이너는 가볍다. [[Docker|도커]]\n## 다음\n도커와 컨테이너\n");
    expect(hints(first.state, first.field)).toEqual([
      { text: "컨테이너", line: 1, conceptId: "container" },
      { text: "도커", line: 3, conceptId: "docker" },
      { text: "컨테이너", line: 3, conceptId: "container" },
    ]);
  });

  it("skip lines stored in NFD instead of drawing them at shifted offsets", () => {
    const doc = "도커는 좋다\n".normalize("NFD") + "포드맨은 데몬이 없다\n";
    const { state, field } = setup(doc);
    expect(hints(state, field)).toEqual([{ text: "포드맨", line: 2, conceptId: "podman" }]);
  });

  it("are left out when the setting is off", () => {
    const { state, field } = setup("Q. 도커란?\n", { hints: false });
    expect(hints(state, field)).toEqual([]);
    expect(badges(state, field)).toHaveLength(1);
  });

  it("follow an edit in a later section", () => {
    const { state, field } = setup("# 하나\n도커\n# 둘\n본문\n");
    const next = settle(edit(state, { from: state.doc.line(4).to, insert: " 쿠버네티스를" }));
    expect(hints(next, field).map((h) => h.text)).toEqual(["도커", "쿠버네티스"]);
  });
});

describe("which edits are re-derived by section", () => {
  const doc = ["# 제목", "도입", "## 하나", "Q. 하나?", "## 둘", "Q. 둘?", "-> 답", ""].join("\n");

  function layoutAfter(changes: (state: EditorState) => ChangeSpec): DecorationState["layout"] {
    const { state, field } = setup(doc);
    return edit(state, changes(state)).field(field).layout;
  }

  it("keeps the layout for prose typed inside a section", () => {
    expect(layoutAfter((s) => ({ from: s.doc.line(4).to, insert: "\n-> 답이다" }))).not.toBeNull();
  });

  it("drops it for a joined heading, an edited first line or a frontmatter delimiter", () => {
    expect(layoutAfter((s) => ({ from: s.doc.line(5).from - 1, to: s.doc.line(5).from }))).toBeNull();
    expect(layoutAfter((s) => ({ from: s.doc.line(5).from, insert: "x" }))).toBeNull();
    expect(layoutAfter(() => ({ from: 0, insert: "---\n" }))).toBeNull();
  });

  it.each([
    { name: "a fence", insert: "\n```" },
    { name: "a comment", insert: " %%" },
    { name: "a tag", insert: " <div" },
  ])("re-parses the whole note once $name typed in a section runs on into the next", ({ insert }) => {
    const { state, field, parsed } = setup(doc);
    const edited = edit(state, { from: state.doc.line(4).to, insert });
    expect(edited.field(field).unsure).toEqual(new Set([1]));
    parsed.length = 0;
    const next = settle(edited);
    expect(parsed).toEqual([next.doc.toString()]);
    // The cut at "## 둘" is gone: what was typed runs on over it.
    expect(next.field(field).layout?.starts).toEqual([0, next.doc.line(3).from]);
  });

  it.each([
    { name: "a closed comment", line: "- %%나중에 정리%% 도커", typed: " `docker ps`로 확인" },
    { name: "closed tags", line: "<p>도커 <b>굵게</b></p>", typed: " then the pod restarts" },
    { name: "a wikilink, with a code span typed after it", line: "도커 → [[note|Notes]]", typed: " `docker ps -a`" },
  ])("parses only the section for typing on a line with $name, when the section still ends where it did", ({ line, typed }) => {
    const text = ["# 제목", "도입", "## 하나", line, "## 둘", "쿠버네티스 %% 주석 %%", "Q. 둘?", ""].join("\n");
    const { state, field, parsed } = setup(text);
    let next = state;
    for (const key of typed) next = edit(next, { from: next.doc.line(4).to, insert: key });
    expect(next.field(field).layout).not.toBeNull();
    parsed.length = 0;
    next = settle(next);
    expect(parsed).toEqual([next.sliceDoc(next.doc.line(3).from, next.doc.line(4).to)]);
    const whole = setup(next.doc.toString());
    expect({ hints: hints(next, field), badges: badges(next, field) }).toEqual({ hints: hints(whole.state, whole.field), badges: badges(whole.state, whole.field) });
  });

  it("re-parses it all when a `>` is deleted in a section with a wrapped tag, which then runs on into the next", () => {
    const { state, field } = setup("## 하나\n<div\nclass=\"x\">\n## 둘\n도커는 좋다 >\n");
    expect(hints(state, field).map((h) => h.text)).toEqual(["도커"]);
    const close = state.doc.line(3).to - 1;
    const next = settle(edit(state, { from: close, to: close + 1 }));
    // The tag now closes at the `>` of line 5: 도커 is inside it, not prose.
    expect(hints(next, field)).toEqual([]);
  });

  /**
   * A `%%` the parser does not read as an opener (on a code line, inside a tag whose attributes
   * wrap, in frontmatter) must not be paired with a real one: the real comment would seem closed,
   * and a section inside it would be parsed alone, its mention drawn.
   */
  it.each([
    ["on a code line", "## 하나\n```\n%%\n```\n## 둘\n%% 진짜 주석\n## 셋\n도커\n%%\n## 넷\n"],
    ["inside a wrapped tag", "## 하나\n<div title=\"\n%%\n\">\n## 둘\n%% 진짜 주석\n## 셋\n도커\n%%\n"],
    ["in frontmatter", "---\nnote: \"%%\"\n---\n## 하나\n%% 진짜 주석\n## 둘\n도커\n%%\n"],
  ])("reads comments as the parser does when a comment marker is %s", (_where, doc) => {
    const { state, field } = setup(doc);
    expect(hints(state, field)).toEqual([]);
    const next = settle(edit(state, { from: state.doc.toString().indexOf("도커\n") + 2, insert: "를" }));
    expect(hints(next, field)).toEqual([]);
  });

  it("re-parses it all when control characters make the note look binary", () => {
    const { state, field } = setup("# 제목\n본문\n## 질문\nQ. 도커란?\n");
    const next = settle(edit(state, { from: state.doc.line(2).to, insert: "\u0000".repeat(40) }));
    expect(badges(next, field)).toEqual([]);
  });

  it("re-parses the whole note after such an edit, and gets what a fresh parse gets", () => {
    const { state, field } = setup(doc);
    const next = settle(edit(state, { from: state.doc.line(4).to, insert: "\n```" }));
    const fresh = setup(next.doc.toString());
    expect(badges(next, field)).toEqual(badges(fresh.state, fresh.field));
    expect(badges(next, field).map((b) => [b.line, b.status])).toEqual([[4, "answered"]]);
  });
});
