import { EditorState } from "@codemirror/state";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";
import type { BadgeWidget } from "../../../src/plugin/editor/badge-widget";
import { questionDecorations, rederive, type DecorationState } from "../../../src/plugin/editor/question-decorations";

/**
 * The incremental rule, as the index has its own: decorations re-derived section by section after
 * any sequence of edits equal the decorations of a whole parse of the edited text. The notes and
 * the edits are made of the pieces that could break it (fences, comments, tags, frontmatter,
 * headings, quotes, lists, control characters), as well as ordinary prose.
 */

/** What study notes are mostly made of. */
const PROSE = [
  "# 제목", "## Q. 쿠버네티스란?", "### 다음 절", "Q. 도커란?", "Q: Why does Kubernetes need etcd?", "-> 컨테이너 플랫폼",
  "A. 모르겠다", "- Q. 파드는?", "  - 파드 개수를 유지한다", "1. Q. CORS?", "> **Q: 스테이징은?**", "> A: 네임스페이스", "> > 인용 속 도커",
  "", "", "도커는 좋다", "Podman과 Docker를 쓴다", "[[Docker|도커]]는", "`도커` 와 쿠버네티스", "text > quote", "==Q. 이게 도커인건가?==",
  "- [ ] Q. cgroup v2는?", "  단일 계층 구조", "#태그 아님",
];
/** What can change how other lines read. */
const TRICKY = [
  "```", "```bash", "~~~", "docker run 도커", "%% 도커 %%", "%%", "<!--", "-->", "<div", "class=\"x\">", "<b>도커</b>는",
  "---", "...", "\u0007 제어 문자", "    ## 들여쓴 제목", "%% 여러 줄에 걸친", "주석 끝 %% 도커", "`%%` 코드 속, 그 뒤 %% 열림",
  "==형광 %% 안== 도커", "[[링크%%]] 뒤", "http://x.io/%% 뒤", "\\%% 이스케이프", "a <!-- b", "--> c 도커", "<p>도커 <b>굵게</b></p>",
  "$$", "$\\text{도커}$ 식", "<pre>", "</pre>", "<div>", "</div>", "- ```", "1. ~~~", "    들여쓴 도커 코드", "| 도구 | 설명 |", "|---|---|",
  "도커 | 컨테이너", "===", "`코드가 시작", "코드 끝` 도커", "[도커 문서", "문서](https://docs.docker.com) 뒤", "> [!note] 도커 제목", "[^도커]: 주석",
];
const line = fc.oneof({ arbitrary: fc.constantFrom(...PROSE), weight: 5 }, { arbitrary: fc.constantFrom(...TRICKY), weight: 1 });
const snippet = fc.oneof(
  { arbitrary: fc.constantFrom("\n", "-> 답", "Q. ", "도커", "컨테이너를", "x", " ", "==", "**", "[[", "]]", "#", "# ", "-", ">", ""), weight: 4 },
  { arbitrary: line, weight: 2 },
  { arbitrary: fc.constantFrom("\n\n", "`", "```", "%", "%%", "<", "<b", ">", "-->", "\n---\n", "\n...\n", "\u0007"), weight: 2 },
);
/** Sections under headings, so that most edits have sections around them to get wrong. */
const note = fc
  .tuple(
    fc.constantFrom("", "", "---\ntags: [도커]\n---\n", "---\ntitle: 닫히지 않음\n", "---\ndevops-links: false\n---\n"),
    fc.array(line, { maxLength: 5 }),
    fc.array(fc.array(line, { maxLength: 5 }), { maxLength: 6 }),
  )
  .map(([frontmatter, first, sections]) => frontmatter + [first.join("\n"), ...sections.map((lines, i) => [`## 절 ${i}`, ...lines].join("\n"))].join("\n"));
const anEdit = fc.record({ at: fc.nat({ max: 1_000_000 }), remove: fc.oneof(fc.constant(0), fc.nat({ max: 12 })), insert: snippet });

function setup() {
  return questionDecorations({ badges: true, hints: true, parse: (text) => parseNote("note.md", text) });
}

function drawn(state: EditorState, field: ReturnType<typeof setup>["field"]): { badges: string[]; hints: string[] } {
  const value: DecorationState = state.field(field);
  const badges: string[] = [];
  value.badges.between(0, state.doc.length, (from, _to, deco) => {
    const { widget } = deco.spec as { widget: BadgeWidget };
    badges.push(`${from} ${widget.status} ${widget.tooltip}`);
  });
  const hints: string[] = [];
  value.hints.between(0, state.doc.length, (from, to, deco) => void hints.push(`${from}-${to} ${(deco.spec as { conceptId: string }).conceptId}`));
  return { badges, hints };
}

describe("question decorations, re-derived by section", () => {
  it("equal a whole parse of the edited text after any sequence of edits", () => {
    let local = 0;
    let edits = 0;
    fc.assert(
      fc.property(note, fc.array(anEdit, { minLength: 1, maxLength: 8 }), (text, steps) => {
        const decorations = setup();
        let state = EditorState.create({ doc: text, extensions: decorations.extension });
        for (const step of steps) {
          const from = step.at % (state.doc.length + 1);
          const to = Math.min(state.doc.length, from + step.remove);
          state = state.update({ changes: { from, to, insert: step.insert } }).state;
          edits++;
          if (state.field(decorations.field).layout !== null) local++;
          state = state.update({ effects: rederive.of({ all: false }) }).state;
          const fresh = setup();
          const whole = EditorState.create({ doc: state.doc, extensions: fresh.extension });
          expect(drawn(state, decorations.field)).toEqual(drawn(whole, fresh.field));
        }
      }),
      { numRuns: 400 },
    );
    // The property says nothing if every edit fell back to a whole parse.
    expect(local / edits).toBeGreaterThan(0.3);
  });
});

describe("question decorations, typed after markup the quick check cannot clear", () => {
  /** Lines that hold markup closed on the line itself, and openers that a typed key may leave open or close. */
  const MARKED = ["- %%나중에 정리%% 도커", "<p>도커 <b>굵게</b></p>", "도커 → [[note|Notes]]", "`%%` 코드 속 도커", "<!-- 주석 --> 쿠버네티스", "$x$ 식 도커", "%% 도커", "<div", "```"];
  const KEYS = ["도", " ", "`", "%", "<", ">", "$", "-", "\n", "x", "[", "]"];
  const marked = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...MARKED), weight: 2 }, { arbitrary: fc.constantFrom(...PROSE), weight: 3 }), { minLength: 1, maxLength: 4 });
  const markedNote = fc.array(marked, { minLength: 2, maxLength: 5 }).map((sections) => ["# 제목", ...sections.map((lines, i) => [`## 절 ${i}`, ...lines].join("\n"))].join("\n"));

  it("equal a whole parse, key by key at the end of a line", () => {
    let verified = 0;
    fc.assert(
      fc.property(markedNote, fc.nat(), fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 10 }), (text, lineSeed, keys) => {
        const decorations = setup();
        let state = EditorState.create({ doc: text, extensions: decorations.extension });
        let at = state.doc.line(2 + (lineSeed % (state.doc.lines - 1))).to;
        for (const key of keys) {
          state = state.update({ changes: { from: at, insert: key } }).state;
          at += key.length;
          const value = state.field(decorations.field);
          const unsure = value.layout !== null && value.unsure.size > 0;
          state = state.update({ effects: rederive.of({ all: false }) }).state;
          if (unsure && state.field(decorations.field).layout !== null) verified++;
          const fresh = setup();
          const whole = EditorState.create({ doc: state.doc, extensions: fresh.extension });
          expect(drawn(state, decorations.field)).toEqual(drawn(whole, fresh.field));
        }
      }),
      { numRuns: 300 },
    );
    // The property says nothing unless sections the quick check could not clear were kept.
    expect(verified).toBeGreaterThan(50);
  });
});

describe("question decorations, cases the property found", () => {
  it("an edit that breaks a `-->` reopens the comment to the end of the note", () => {
    const decorations = setup();
    let state = EditorState.create({ doc: "[[# 제목# 제목\n<!--\n## 절 0\n> > 인용 속 도커\n## 절 1\n--> c 도커\n## 절 2\n\n  - 파드 개수를 유지한다", extensions: decorations.extension });
    const closer = state.doc.toString().indexOf("--> c");
    state = state.update({ changes: { from: closer, to: closer + 1, insert: "\n" } }).state;
    state = state.update({ effects: rederive.of({ all: false }) }).state;
    const fresh = setup();
    const whole = EditorState.create({ doc: state.doc, extensions: fresh.extension });
    expect(drawn(whole, fresh.field).hints).toEqual([]);
    expect(drawn(state, decorations.field)).toEqual(drawn(whole, fresh.field));
  });

  it.each([
    { name: "a mention typed in a later section of a note that opts out of linking", doc: "---\ndevops-links: false\n---\n# 제목\n도입\n## 하나\n본문", at: "본문", insert: "도커 " },
    { name: "the opt-out taken away in the frontmatter, with mentions in later sections", doc: "---\ndevops-links: false\n---\n# 제목\n## 하나\n도커는 좋다", at: "false", remove: 5, insert: "true" },
    { name: "a fence opened on a list item's line, typed above the next sections", doc: "## 절 0\n- [ ] x\n==Q. 도커?==\n## 절 1\nQ. 파드는?\n", at: "- [ ] x", insert: "- ```\n" },
    { name: "a backtick taken out, so that a code span now ends before a %% further down", doc: "title\n`도커` 와 쿠버네티스\n`%%` 코\n% 열림\n## 절 0\nQ. 파드는?\n", at: "`도커`", remove: 1 },
    { name: "a blank line ending an HTML block, so that the $$ under it opens math", doc: "\n<p>도커</p>\n==Q. 도커?==\n$$\n## 절 0\nQ: etcd?\n## 절 1", at: "==Q.", insert: "\n" },
    { name: "a blank line ending a tag whose attributes wrap, so that a %% in it opens a comment", doc: "\n## 절 0\n<div\n## 절 1\n주석 끝 %% 도커\n## 절 2\n> **Q: 스테이징은?**\n## Q. 쿠버네티스란?", at: "## 절 2", insert: "\n\n" },
  ])("$name", ({ doc, at, insert, remove }) => {
    const decorations = setup();
    let state = EditorState.create({ doc, extensions: decorations.extension });
    const from = doc.indexOf(at);
    state = state.update({ changes: { from, to: from + (remove ?? 0), insert: insert ?? "" } }).state;
    state = state.update({ effects: rederive.of({ all: false }) }).state;
    const fresh = setup();
    const whole = EditorState.create({ doc: state.doc, extensions: fresh.extension });
    expect(drawn(state, decorations.field)).toEqual(drawn(whole, fresh.field));
  });
});
