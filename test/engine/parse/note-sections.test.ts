import { describe, expect, it } from "vitest";
import { editKeepsSections, layoutSections } from "../../../src/engine/parse/note-sections";
import { parseNote } from "../../../src/engine/parse/parse-note";

/**
 * Where a note can be cut so that each piece parses alone as it does in the whole note (the
 * editor re-parses only the piece an edit falls in). Each case: a note, and the lines that start
 * a piece; the editor's own tests check that a piece's parse equals the whole's.
 */
const CASES: Array<{ name: string; text: string; starts: number[] }> = [
  { name: "headings at the margin", text: "intro\n# 하나\nQ. 도커?\n## 둘\n-> 답\n", starts: [1, 2, 4] },
  { name: "a heading inside a fence is not one", text: "# 하나\n```\n# 주석\n```\n# 둘\n", starts: [1, 5] },
  { name: "a heading inside a %% comment is not a cut", text: "# 하나\n%%\n# 숨김\n%%\n# 둘\n", starts: [1, 5] },
  { name: "an indented or quoted heading is not a cut", text: "# 하나\n  # 안\n> # 인용\n# 둘\n", starts: [1, 4] },
  { name: "a tag whose attributes wrap over a heading", text: '# 하나\n<div\n# 속\nclass="x">\n# 둘\n', starts: [1, 5] },
  { name: "control characters: no cut at all", text: "# 하나\n\u0001\n# 둘\n", starts: [1] },
];

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;

describe("note sections", () => {
  it.each(CASES)("$name", ({ text, starts }) => {
    const layout = layoutSections(text, parseNote("n.md", text));
    expect(layout.starts.map((offset) => lineOf(text, offset))).toEqual(starts);
  });

  it("keep their cuts through prose typed in a section, not through a fence or a comment opener", () => {
    const text = "# 하나\n도커\n# 둘\n쿠버네티스\n";
    const layout = layoutSections(text, parseNote("n.md", text));
    const head = (): string => "# 하나\n";
    expect(editKeepsSections(layout, head, "도커", "도커를 쓴다")).toBe(true);
    expect(editKeepsSections(layout, head, "도커", "```")).toBe(false);
    expect(editKeepsSections(layout, head, "도커", "도커 %%")).toBe(false);
    expect(editKeepsSections(layout, head, "도커", "<div")).toBe(false);
  });
});
