import { conceptCounts, type Seen } from "./corpus";

/**
 * Bad input, one row a case: a file under `notes/` (read as UTF-8, as the CLI and Obsidian read
 * it) or a text that cannot be a file, what is read out of it, and what that must be. The name
 * says what the user sees. The inline forms of some of these are in
 * `test/engine/frontmatter-safety.test.ts` and `parse-note.cases.ts`; here each case also goes
 * through the index, the scan report and the dashboard, from its bytes on disk.
 *
 * The big ones (10 MB, a 1 MB line, 10,000 links, deep nesting) are made at run time: see
 * `big-input.test.ts`.
 */
export interface BadInputCase {
  name: string;
  file?: string;
  /** A text no UTF-8 file can hold (lone surrogates). */
  text?: string;
  /** Path in the vault, when not the file's name. */
  path?: string;
  read: (seen: Seen) => unknown;
  toEqual: unknown;
}

const sentinel = globalThis as { __linkedDevopsRan?: boolean };
/** The note's warning, the YAML parser's own message left out. */
const warning = (seen: Seen): string | undefined => seen.record.warnings[0]?.replace(/not valid YAML \(.*\)/, "not valid YAML (…)");
const questions = (seen: Seen): unknown[] => seen.record.questions.map((q) => [q.line, q.text, q.status]);
const readIt = (seen: Seen): Record<string, unknown> => ({ warning: warning(seen), tags: seen.record.tags, concepts: conceptCounts(seen.record) });
const notRun = (seen: Seen): unknown => ({ ran: sentinel.__linkedDevopsRan ?? false, warning: warning(seen), tags: seen.record.tags, concepts: conceptCounts(seen.record) });

/** What every twin of `reference.md` must read as, whatever its line endings, BOM or normalisation. */
export const REFERENCE = {
  warnings: [],
  tags: ["세미나", "도커", "포드맨"],
  aliases: ["도커 세미나"],
  links: ["HOME 🌎"],
  embeds: ["스크린샷 2022-09-24 오전 9.26.39.png"],
  headings: [[5, "세미나 - 도커와 쿠버네티스"]],
  questions: [[7, "이게 도커인건가?", "answered"], [10, "포드맨은 데몬이 없나?", "answered"]],
  mentions: ["docker@5", "kubernetes@5", "docker@7", "container@8", "podman@10"],
  emptyFields: ["키워드"],
  lineCount: 14,
};
const asReference = ({ parsed: p }: Seen): Record<string, unknown> => ({
  warnings: p.warnings,
  tags: p.tags,
  aliases: p.aliases,
  links: p.links.map((l) => l.target),
  embeds: p.embeds.map((l) => l.target),
  headings: p.headings.map((h) => [h.line, h.text]),
  questions: p.questions.map((q) => [q.line, q.text, q.status]),
  mentions: p.mentions.map((m) => `${m.conceptId}@${m.line}`),
  emptyFields: p.emptyFields,
  lineCount: p.lineCount,
});

export const BAD_INPUT_CASES: BadInputCase[] = [
  {
    name: "a note of invalid YAML: indexed with a warning, its body still counted",
    file: "invalid-yaml.md",
    read: (s) => ({ ...readIt(s), headings: s.record.headings.map((h) => h.text), questions: questions(s) }),
    toEqual: {
      warning: "frontmatter is not valid YAML (…); the rest of the note is still read",
      tags: ["til"],
      concepts: { docker: 2, container: 1, "container-orchestration": 1, kubernetes: 1 }, // 컨테이너 오케스트레이터 is one concept
      headings: ["도커 정리"],
      questions: [[7, "쿠버네티스란?", "answered"]],
    },
  },
  ...(["list", "scalar"] as const).map((kind) => ({
    name: `frontmatter that is a ${kind}: ignored with a warning, what it says is not counted, the body is`,
    file: `frontmatter-${kind}.md`,
    read: (s: Seen) => ({ ...readIt(s), frontmatter: s.parsed.frontmatter }),
    toEqual: {
      warning: "frontmatter is not a list of properties (key: value); it is ignored",
      tags: kind === "list" ? [] : ["til"],
      concepts: { podman: 1 },
      frontmatter: null,
    },
  })),
  ...(["js", "javascript", "coffee"] as const).map((language) => ({
    name: `---${language} frontmatter: never run, reported as not read, the body still counted`,
    file: `frontmatter-${language}.md`,
    read: notRun,
    toEqual: {
      ran: false,
      warning: `frontmatter written as "${language}" is not read (only YAML is; code in notes is never run)`,
      tags: [],
      concepts: { docker: 1 },
    },
  })),
  {
    name: "unclosed frontmatter: read as text with a warning, its lines count as prose",
    file: "unclosed-frontmatter.md",
    read: (s) => ({ ...readIt(s), questions: questions(s) }),
    toEqual: {
      warning: "frontmatter is never closed with `---`; it is read as text",
      tags: [],
      concepts: { docker: 2, container: 1 },
      questions: [[4, "닫는 줄은?", "open"]],
    },
  },
  {
    name: "a binary file with a .md name: skipped with a warning in the report, nothing counted",
    file: "binary.md",
    read: (s) => ({ ...readIt(s), report: s.report.warnings, unresolved: s.report.unresolvedLinks, dashboardWarnings: s.dashboard.totals.warnings }),
    toEqual: {
      warning: "looks like a binary file, not a note; skipped",
      tags: [],
      concepts: {},
      report: [{ path: "binary.md", message: "looks like a binary file, not a note; skipped" }],
      unresolved: [],
      dashboardWarnings: 1,
    },
  },
  {
    name: "an unclosed code fence: code to the end of the note, nothing in it read as a question, link, tag or mention",
    file: "unclosed-fence.md",
    read: (s) => ({ ...readIt(s), code: s.record.codeBlocks, links: s.record.links, questions: questions(s), answer: s.parsed.questions[0]?.answer.split("\n")[0] }),
    toEqual: {
      warning: undefined,
      tags: [],
      concepts: { docker: 2, container: 2 },
      code: [{ lang: "bash", startLine: 4, endLine: 8 }],
      links: [],
      questions: [[3, "컨테이너 목록은 어떻게 보지?", "answered"]],
      answer: "docker ps -a",
    },
  },
  {
    name: "an unclosed highlight: read as text, the question it opens still found and answered",
    file: "unclosed-highlight.md",
    read: (s) => ({ ...readIt(s), highlights: s.parsed.highlights.map((h) => h.text), questions: questions(s) }),
    toEqual: { warning: undefined, tags: [], concepts: { docker: 1, container: 1, kubernetes: 1 }, highlights: ["중요"], questions: [[1, "이게 도커인건가?", "answered"]] },
  },
  {
    name: "unclosed backticks, [[ and <b: read as text; an unclosed %% hides the rest of the note",
    file: "unclosed-inline.md",
    read: (s) => ({ ...readIt(s), links: s.record.links.map((l) => l.target) }),
    toEqual: { warning: undefined, tags: [], concepts: { docker: 2, kubernetes: 1, podman: 1 }, links: ["Docker"] },
  },
  { name: "a plain LF, NFC note (the twin every case below must equal)", file: "reference.md", read: asReference, toEqual: REFERENCE },
  { name: "CRLF line endings (Windows): the same note, line for line", file: "reference-crlf.md", read: asReference, toEqual: REFERENCE },
  { name: "CR-only line endings (classic Mac OS): the same note, line for line", file: "reference-cr.md", read: asReference, toEqual: REFERENCE },
  { name: "a byte-order mark: the same note, its frontmatter still found", file: "reference-bom.md", read: asReference, toEqual: REFERENCE },
  {
    name: "Korean in NFD, text and file name (as macOS writes them): the same concepts, links, tags and title as NFC",
    file: "reference-nfd.md",
    path: "세미나 노트.md".normalize("NFD"),
    read: (s) => ({ ...asReference(s), title: s.record.title, path: s.record.path }),
    toEqual: { ...REFERENCE, title: "세미나 노트", path: "세미나 노트.md" },
  },
  { name: "BOM, CRLF and NFD at once: still the same note", file: "reference-everything.md", read: asReference, toEqual: REFERENCE },
  {
    name: "NUL bytes in a note (a terminal paste): indexed, the words around them still found",
    file: "nul-bytes.md",
    read: (s) => ({ ...readIt(s), questions: questions(s) }),
    toEqual: { warning: undefined, tags: [], concepts: { docker: 1, container: 1 }, questions: [[3, "NUL 은 뭐지?", "answered"]] },
  },
  {
    name: "bytes that are not UTF-8 (an encoded surrogate): shown as �, the note still indexed",
    file: "encoded-surrogate.md",
    read: readIt,
    toEqual: { warning: undefined, tags: [], concepts: { docker: 1, kubernetes: 1 } },
  },
  {
    name: "frontmatter nested 100,000 deep: a warning (the YAML reader runs out of stack), the body still counted",
    text: `---\na: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n---\n도커\n`,
    read: (s) => ({ ...readIt(s), warning: s.record.warnings[0]?.replace(/\(.*\)/, "(…)") }),
    toEqual: { warning: "frontmatter is not valid YAML (…); the rest of the note is still read", tags: [], concepts: { docker: 1 } },
  },
  {
    name: "a YAML alias bomb (each key twice the one before, 2^30 items): read at once, its tags kept",
    text: `---\na0: &a0 [x]\n${Array.from({ length: 30 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`).join("\n")}\ntags: [t]\n---\n도커\n`,
    read: readIt,
    toEqual: { warning: undefined, tags: ["t"], concepts: { docker: 1 } },
  },
  {
    name: "lone surrogates in the text (from a plugin or the clipboard): indexed, nothing thrown",
    text: "도커 \uD800 는 #태그\uDC00 [[노트\uD83D]] 쿠버네티스\uDFFF\nQ. 왜\uD800?\n-> 몰라도 된다\n",
    read: (s) => ({ ...readIt(s), links: s.record.links.map((l) => l.target), questions: questions(s) }),
    toEqual: { warning: undefined, tags: ["태그"], concepts: { docker: 1, kubernetes: 1 }, links: ["노트\uD83D"], questions: [[2, "왜\uD800?", "answered"]] },
  },
];
