import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedNote } from "../../../src/engine/parse/note-types";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { LineIndex } from "../../../src/engine/text/line-index";
import { normalizeNoteText } from "../../../src/engine/text/normalize-text";

/**
 * parseNote on anything: it never throws, every position it reports lies in the note, and a
 * note reads the same whatever its line endings or Unicode normalisation.
 */

/** Any UTF-16 code unit, lone surrogates included (fast-check's own units never make those). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** The pieces markdown parsers trip over, as users and their tools write them. */
const HOSTILE = [
  "---", "---js", "---javascript", "---coffee", "...", "```", "```bash", "~~~", "%%", "==", "[[", "]]", "|", "\\|", "#", "##", "# ",
  "> ", ">", "- ", "* ", "1. ", "2) ", "- [ ] ", "Q. ", "Q: ", "A. ", "-> ", "`", "``", "**", "__", "<a href=\"", "\">", "<b>", "</b>",
  "<!--", "-->", "https://", "www.", "](", "(", ")", "![[", "[", "]", "\\", ":", "키워드 :", "tags: [a, b]", "aliases: 도커",
  "\n", "\n", "\n\n", "\r\n", "\r", "\u0000", "\uFEFF", "\u2028", "\t", "    ", "\uD800", "\uDC00", "\uFFFD",
  "도커", "도커는", "쿠버네티스란", "컨테이너를", "Docker", "k8s", "Kubernetes", "포드맨", "깃허브 액션",
  "도커는 컨테이너를 돌린다".normalize("NFD"), "세미나".normalize("NFD"), "e\u0301", "\u09C7\u09BE",
  "🐳", "🌎", "👩‍💻", "HOME 🌎", "[[HOME 🌎]]", "[[도커|Docker]]", "[x](C%23%20기초.md)", "#태그", "#k8s/pod", "모르겠다", "?",
];
const fragment = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) });
const markdownish = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(""));

/** Words of scripts whose NFD differs from their NFC, one script a note, in some structure. */
const SCRIPTS = [["도커는", "쿠버네티스", "컨테이너를"], ["ভাষা", "কোথায়", "বোকা"], ["தொலை", "கொடு"], ["Café", "Tiếng Việt", "Å"], ["ガギグ", "パン"], ["Ωμέγα", "ύ"]];
const STRUCTURE = ["Q. ", "\n", " ", "# ", "[[", "]]", "#", "- ", "==", "`"];
const inScripts = fc
  .constantFrom(...SCRIPTS)
  .chain((words) => fc.array(fc.constantFrom(...words, ...STRUCTURE), { maxLength: 30 }))
  .map((parts) => parts.join(""));

/** Text around the binary-file threshold (a tenth of it NULs, control or replacement characters). */
const nearlyBinary = fc
  .array(fc.oneof({ weight: 1, arbitrary: fc.constantFrom("\u0000", "\u0007", "\uFFFD") }, { weight: 8, arbitrary: fc.constantFrom("a", "도", " ", "\n") }), { minLength: 60, maxLength: 200 })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  markdownish,
  nearlyBinary,
);

/** Every line and offset the parse reports lies in the note it reports on. */
function expectPositionsInside(raw: string, note: ParsedNote): void {
  if (note.warnings.some((w) => w.startsWith("looks like a binary file"))) return;
  const text = normalizeNoteText(raw);
  const lines = new LineIndex(text);
  expect(note.lineCount).toBe(lines.lineCount);
  const inNote = (line: number): boolean => Number.isInteger(line) && line >= 1 && line <= note.lineCount;
  for (const mention of note.mentions) {
    expect(0 <= mention.start && mention.start < mention.end && mention.end <= text.length).toBe(true);
    expect([lines.lineAt(mention.start), lines.lineAt(mention.end - 1)]).toEqual([mention.line, mention.line]);
  }
  for (const question of note.questions) {
    expect(inNote(question.line)).toBe(true);
    if (question.answerLines) {
      const { from, to } = question.answerLines;
      expect(question.line < from && from <= to && inNote(to)).toBe(true);
    }
  }
  const lineOf = [...note.links, ...note.embeds, ...note.headings, ...note.highlights, ...note.fields].map((x) => x.line);
  expect(lineOf.every(inNote)).toBe(true);
  expect(note.codeBlocks.every((b) => inNote(b.startLine) && b.startLine <= b.endLine && inNote(b.endLine))).toBe(true);
  expect(note.sectionStarts.every(inNote)).toBe(true);
}

describe("parseNote on arbitrary text", () => {
  it("never throws, and every position it reports lies in the note, on the line it says", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expectPositionsInside(raw, parseNote("note.md", raw));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads Korean (and any script) in NFD exactly as in NFC, file name included", () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, inScripts, nearlyBinary), fc.constantFrom("세미나 노트.md", "Concepts/도커.md", "note.md"), (raw, path) => {
        const nfc = parseNote(path.normalize("NFC"), raw.normalize("NFC"));
        const nfd = parseNote(path.normalize("NFD"), raw.normalize("NFD"));
        expect(nfd).toEqual(nfc);
      }),
      { numRuns: 500 },
    );
  });

  it("reads CRLF and CR-only line endings exactly as LF, line numbers and all", () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, nearlyBinary), (raw) => {
        const lf = raw.replace(/\r\n?/g, "\n");
        const expected = parseNote("note.md", lf);
        expect(parseNote("note.md", lf.replace(/\n/g, "\r\n"))).toEqual(expected);
        expect(parseNote("note.md", lf.replace(/\n/g, "\r"))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a note with a byte-order mark as the note without it", () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, nearlyBinary), (raw) => {
        const plain = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        expect(parseNote("note.md", "\uFEFF" + plain)).toEqual(parseNote("note.md", plain));
      }),
      { numRuns: 200 },
    );
  });
});
