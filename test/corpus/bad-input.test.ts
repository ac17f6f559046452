import { readdirSync } from "node:fs";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { BAD_INPUT_CASES } from "./bad-input.cases";
import { NOTES_DIR, indexNote, readCorpusNote } from "./corpus";
import { parseNote } from "../../src/engine/parse/parse-note";

/**
 * The bad-input corpus: each case is parsed, indexed, reported and put on the dashboard (none of
 * which may throw), and must read as its row says. See `bad-input.cases.ts`.
 */
describe("bad input becomes a warning for that note, never a failure", () => {
  it.each(BAD_INPUT_CASES)("$name", ({ file, text, path, read, toEqual }) => {
    const content = text ?? readCorpusNote(file as string);
    const seen = indexNote(path ?? file ?? "note.md", content, [["HOME 🌎.md", "# Home\n"]]);
    expect(read(seen)).toEqual(toEqual);
  });

  it("every file in the corpus has a case", () => {
    const files = readdirSync(NOTES_DIR).filter((name) => name.endsWith(".md"));
    expect(files.sort()).toEqual(BAD_INPUT_CASES.flatMap((c) => (c.file ? [c.file] : [])).sort());
  });

  it.each(["frontmatter-js.md", "frontmatter-javascript.md"])("%s would run under gray-matter's own engine (so its case can fail)", (file) => {
    const sentinel = globalThis as { __linkedDevopsRan?: boolean };
    delete sentinel.__linkedDevopsRan;
    matter(readCorpusNote(file), { language: "javascript" } as never);
    expect(sentinel.__linkedDevopsRan).toBe(true);
    delete sentinel.__linkedDevopsRan;
  });
});

describe("a note is binary by the characters no text holds", () => {
  const binary = (text: string): boolean => parseNote("note.md", text).warnings.some((w) => w.startsWith("looks like a binary file"));
  const padded = (c: string): string => `${c.repeat(20)}${"도커 ".repeat(20)}`;

  it.each(["\u0000", "\u0001", "\u0008", "\u000B", "\u000E", "\u001F", "\uFFFD"])("%j alone, a tenth of the note or more, makes it binary", (c) => {
    expect(binary(padded(c))).toBe(true);
    // Past the first 8 KB they are not looked at.
    expect(binary(`${"도커 ".repeat(3000)}${c.repeat(2000)}`)).toBe(false);
  });

  it.each(["\t", "\n", "\u000C", "\r", " ", "\u00A0", "\uFEFF"])("%j does not", (c) => {
    expect(binary(padded(c))).toBe(false);
  });
});
