import { builtinMatcher } from "../concepts/builtin-concepts";
import type { ConceptMatcher } from "../concepts/concept-matcher";
import { recognize } from "../concepts/recognize-mentions";
import { LineIndex } from "../text/line-index";
import { normalizeName, normalizeNoteText } from "../text/normalize-text";
import { readBodyFields } from "./body-fields";
import { listProperty, locateFrontmatter, readFrontmatter } from "../markdown/frontmatter";
import { scanInline } from "../markdown/inline-scan";
import { readLineStructure, type LineInfo } from "../markdown/line-structure";
import type { ConceptMention, DeclaredConcept, Heading, ParsedNote, Question } from "./note-types";
import { DEFAULT_QUESTION_OPTIONS, findQuestions, type QuestionOptions } from "../questions/find-questions";
import { uniqueIgnoringCase } from "../text/unique-ignoring-case";

export interface ParseOptions {
  /** Recognises concepts; the built-in glossary when not given. */
  matcher?: ConceptMatcher;
  questions?: Partial<QuestionOptions>;
  /** A note with this tag declares a concept (its title and aliases). */
  conceptTag?: string;
  /** `false`: concept mentions are not read (enough to learn what a note declares; no matcher needed). */
  mentions?: false;
}

/** Notes above this size are read, with a warning that they slow the index down. */
const LARGE_NOTE_CHARS = 2_000_000;

/**
 * Reads one note: a pure function of its path and text (the text as stored, in any line ending
 * or normalisation form). Never throws on content; problems become `warnings`.
 */
export function parseNote(path: string, rawText: string, options: ParseOptions = {}): ParsedNote {
  const notePath = normalizeName(path);
  const note = emptyNote(notePath);
  // Judged on the normalised text, so a note's CRLF, BOM or NFD twin gets the same verdict.
  const text = normalizeNoteText(rawText);
  if (looksBinary(text)) {
    note.warnings.push("looks like a binary file, not a note; skipped");
    return note;
  }
  if (text.length > LARGE_NOTE_CHARS) {
    note.warnings.push(`very large note (${Math.round(text.length / 1e5) / 10} million characters); indexing it is slow`);
  }

  const block = locateFrontmatter(text);
  if (block) {
    const reading = readFrontmatter(block);
    note.frontmatter = reading.data;
    if (reading.warning) note.warnings.push(reading.warning);
  } else if (/^---[ \t]*(\n|$)/.test(text)) {
    note.warnings.push("frontmatter is never closed with `---`; it is read as text");
  }

  const lineIndex = new LineIndex(text);
  const { lines, codeBlocks } = readLineStructure(text, block ? block.endLine : 0);
  const inline = scanInline(text, lines, lineIndex);
  const properties = note.frontmatter ?? {};

  note.lineCount = lines.length;
  note.codeBlocks = codeBlocks;
  note.links = inline.links;
  note.embeds = inline.embeds;
  note.highlights = inline.highlights;
  note.tags = uniqueIgnoringCase([...listProperty(properties.tags ?? properties.tag, /[,\s]+/), ...inline.tags].map((t) => t.replace(/^#/, "")).filter((t) => t !== ""));
  note.aliases = uniqueIgnoringCase(listProperty(properties.aliases ?? properties.alias, /,/));
  note.headings = headingsOf(text, lines);
  note.sectionStarts = [1, ...note.headings.map((h) => h.line).filter((line) => line > 1)];
  const { fields, emptyFields } = readBodyFields(text, lines, inline.prose);
  note.fields = fields;
  note.emptyFields = emptyFields;

  const matcher = options.mentions === false ? undefined : (options.matcher ?? builtinMatcher());
  if (matcher) note.mentions = mentionsIn(text, inline.prose, inline.linkSpans, note, lineIndex, matcher);
  const questionOptions = { ...DEFAULT_QUESTION_OPTIONS, ...options.questions };
  const drafts = findQuestions(text, inline.prose, lines, questionOptions);
  const conceptsByLine = matcher ? conceptNamesByLine(note.mentions, new Set(drafts.map((draft) => draft.line)), matcher) : new Map<number, string[]>();
  let headingIndex = -1; // questions come in line order: the heading above moves forward with them
  note.questions = drafts.map((draft) => {
    const question: Question = { ...draft, concepts: conceptsByLine.get(draft.line) ?? [] };
    while (headingIndex + 1 < note.headings.length && (note.headings[headingIndex + 1] as Heading).line < draft.line) headingIndex++;
    const heading = note.headings[headingIndex];
    if (heading) question.heading = heading.text;
    return question;
  });

  const conceptTag = (options.conceptTag ?? "concept").toLowerCase();
  if (note.tags.some((tag) => tag.toLowerCase() === conceptTag)) {
    note.declaredConcept = { name: note.title, aliases: note.aliases } satisfies DeclaredConcept;
  }
  return note;
}

function emptyNote(path: string): ParsedNote {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return {
    path,
    title: file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file,
    frontmatter: null,
    tags: [],
    aliases: [],
    links: [],
    embeds: [],
    headings: [],
    highlights: [],
    fields: [],
    emptyFields: [],
    codeBlocks: [],
    questions: [],
    mentions: [],
    sectionStarts: [1],
    declaredConcept: null,
    lineCount: 0,
    warnings: [],
  };
}

/**
 * Binary content in a `.md` file: NUL bytes, control characters or replacement characters (bytes
 * that are not UTF-8) in quantity. A few in a short note are a bad paste, not a binary file: one
 * broken character in a one-line note is already more than a tenth of it.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) suspicious++;
  }
  return suspicious >= 8 && suspicious / sample.length > 0.1;
}

function headingsOf(text: string, lines: LineInfo[]): Heading[] {
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== "heading") return;
    const raw = withoutClosingHashes(text.slice(line.contentStart, line.end).trim().replace(/^#{1,6}/, ""));
    headings.push({ level: line.headingLevel, text: raw.replace(/==|\*\*|__/g, "").trim(), line: index + 1 });
  });
  return headings;
}

/**
 * `## 도커 ##` → `## 도커`: drops trailing `#`s that follow a space or tab. By hand, because the
 * regex for it (`/[ \t]+#+[ \t]*$/`) backtracks over every run of spaces: a heading of one long
 * line of spaces took minutes.
 */
function withoutClosingHashes(heading: string): string {
  let end = heading.length;
  while (end > 0 && heading.charCodeAt(end - 1) === 35 /* # */) end--;
  if (end === heading.length) return heading;
  let cut = end;
  while (cut > 0 && (heading.charCodeAt(cut - 1) === 32 || heading.charCodeAt(cut - 1) === 9)) cut--;
  return cut < end ? heading.slice(0, cut) : heading;
}

/**
 * The note's concept mentions: one pass of the matcher over the prose, then the words read by
 * context read against their line, their section and what the note is about (folder, title).
 */
function mentionsIn(text: string, prose: string, linkSpans: Array<[number, number]>, note: ParsedNote, lines: LineIndex, matcher: ConceptMatcher): ConceptMention[] {
  const about = note.path.slice(0, note.path.length - (note.path.toLowerCase().endsWith(".md") ? 3 : 0)).replace(/[/_]/g, " ");
  const mentions = recognize(matcher, text, prose, { sectionStarts: note.sectionStarts, about, lineStarts: lines.lineStarts });
  let span = 0; // mentions come in text order: link spans are walked once
  for (const mention of mentions) {
    while (span < linkSpans.length && (linkSpans[span] as [number, number])[1] <= mention.start) span++;
    const link = linkSpans[span];
    mention.inLink = link !== undefined && link[0] <= mention.start && mention.end <= link[1];
  }
  return mentions;
}

/** The names of the concepts mentioned on each of `lines`, in order, once each: one pass, not one per question. */
function conceptNamesByLine(mentions: ConceptMention[], lines: Set<number>, matcher: ConceptMatcher): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  if (lines.size === 0) return byLine;
  for (const mention of mentions) {
    if (!lines.has(mention.line)) continue;
    for (const id of mention.brand ? [mention.brand.conceptId, mention.conceptId] : [mention.conceptId]) {
      const name = matcher.concepts.get(id)?.name;
      if (!name) continue;
      const names = byLine.get(mention.line);
      if (!names) byLine.set(mention.line, [name]);
      else if (!names.includes(name)) names.push(name);
    }
  }
  return byLine;
}
