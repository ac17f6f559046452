import { builtinMatcher } from "../concepts/builtin-concepts";
import type { ConceptMatcher } from "../concepts/concept-matcher";
import type { Concept } from "../concepts/concept-set";
import { baseOfKey, linkKey } from "../text/link-names";
import { normalizeName, normalizeNoteText } from "../text/normalize-text";
import { readBodyFields } from "./body-fields";
import { listProperty, type FrontmatterReader } from "../markdown/frontmatter";
import type { LineInfo } from "../markdown/line-structure";
import type { ProtectedSpans, SpanKind } from "../markdown/protected-spans";
import { readMarkdown } from "../markdown/read-markdown";
import type { LineIndex } from "../text/line-index";
import { optsOutOfLinks } from "./link-opt-out";
import { mentionsOf } from "./mentions";
import type { ConceptMention, DeclaredConcept, Heading, ParsedNote, Question } from "./note-types";
import { DEFAULT_QUESTION_OPTIONS, findQuestions, type QuestionOptions } from "../questions/find-questions";
import { uniqueIgnoringCase } from "../text/unique-ignoring-case";
import { noteTerms } from "../terms/note-terms";
import { headingText, metadataFromHost, type HostMetadata } from "./host-metadata";

export interface ReadNoteOptions {
  /** Recognises concepts; the built-in glossary when not given. */
  matcher?: ConceptMatcher;
  questions?: Partial<QuestionOptions>;
  /** A note with this tag declares a concept (its title and aliases). */
  conceptTag?: string;
  /** Also record the words answer suggestions read (the index does; the editor does not need them). */
  answerTerms?: boolean;
  /**
   * The concept a wikilink target names (by name, alias or its note's path): such a link is a
   * linked mention of it. By the matcher's concepts' names and aliases when not given.
   */
  conceptOfLink?: (target: string) => Concept | undefined;
  /**
   * What the host knows of the note (the plugin: Obsidian's metadataCache): its links, embeds,
   * headings, tags and frontmatter are taken from here, not read from the text.
   */
  metadata?: HostMetadata;
  /**
   * Reads the frontmatter when no `metadata` is given; without one, a note read without
   * metadata has no frontmatter (`parseNote` passes the YAML reader).
   */
  readFrontmatter?: FrontmatterReader;
  /** `false`: concept mentions are not read (enough to learn what a note declares; no matcher needed). */
  mentions?: false;
}

/** Notes above this size are read, with a warning that they slow the index down. */
const LARGE_NOTE_CHARS = 2_000_000;

/**
 * Reads one note: a pure function of its path, its text (as stored, in any line ending or
 * normalisation form) and what its host knows of it. Never throws on content; problems become
 * `warnings`. This file holds no YAML parser: a host that supplies the metadata (the plugin)
 * bundles none; `parseNote` is this with gray-matter's YAML for hosts that have no metadata.
 */
export function readNote(path: string, rawText: string, options: ReadNoteOptions = {}): ParsedNote {
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

  const reading = readMarkdown(text);
  const block = reading.frontmatter;
  const host = options.metadata ? metadataFromHost(options.metadata) : undefined;
  if (host) {
    note.frontmatter = host.frontmatter;
  } else if (block && options.readFrontmatter) {
    const read = options.readFrontmatter(block);
    note.frontmatter = read.data;
    if (read.warning) note.warnings.push(read.warning);
  }
  if (!block && /^---[ \t]*(\n|$)/.test(text)) {
    note.warnings.push("frontmatter is never closed with `---`; it is read as text");
  }

  const { lineIndex, lines, codeBlocks, inline } = reading;
  const properties = note.frontmatter ?? {};

  note.lineCount = lines.length;
  note.codeBlocks = codeBlocks;
  // Links, embeds, headings and tags: the host's when it knows them, else our own pass's.
  note.links = host?.links ?? inline.links;
  note.embeds = host?.embeds ?? inline.embeds;
  note.highlights = inline.highlights;
  note.tags = uniqueIgnoringCase([...listProperty(properties.tags ?? properties.tag, /[,\s]+/), ...(host?.inlineTags ?? inline.tags)].map((t) => t.replace(/^#/, "")).filter((t) => t !== ""));
  note.aliases = uniqueIgnoringCase(listProperty(properties.aliases ?? properties.alias, /,/));
  note.headings = host?.headings ?? headingsOf(text, lines);
  note.sectionStarts = [1, ...note.headings.map((h) => h.line).filter((line) => line > 1)];
  note.markupOverLines = markupOverLines(inline.spans, lineIndex);
  const { fields, emptyFields } = readBodyFields(text, lines, inline.prose);
  note.fields = fields;
  note.emptyFields = emptyFields;

  const matcher = options.mentions === false ? undefined : (options.matcher ?? builtinMatcher());
  if (matcher) {
    const conceptOfLink = options.conceptOfLink ?? ((target: string) => matcher.concepts.byName(baseOfKey(linkKey(target))));
    // A word's sense is read against its line, its section and what the note is about.
    const about = notePath.slice(0, notePath.length - (notePath.toLowerCase().endsWith(".md") ? 3 : 0)).replace(/[/_]/g, " ");
    note.mentions = mentionsOf(text, inline, lines, lineIndex, matcher, conceptOfLink, { sectionStarts: note.sectionStarts, about, lineStarts: lineIndex.lineStarts });
  }
  if (optsOutOfLinks(properties)) {
    note.linksOff = true;
    for (const mention of note.mentions) mention.linkable = false;
  }
  const questionOptions = { ...DEFAULT_QUESTION_OPTIONS, ...options.questions };
  const drafts = findQuestions(text, inline.prose, lines, questionOptions);
  let headingIndex = -1; // questions come in line order: the heading above moves forward with them
  note.questions = drafts.map((draft) => {
    // The draft is completed, not copied: a spread copy of every question cost more than finding it.
    const question = draft as Question;
    question.concepts = conceptIdsOnLine(note.mentions, draft.line);
    while (headingIndex + 1 < note.headings.length && (note.headings[headingIndex + 1] as Heading).line < draft.line) headingIndex++;
    const heading = note.headings[headingIndex];
    if (heading) question.heading = heading.text;
    return question;
  });

  if (options.answerTerms) {
    // A question still asking holds its subject's words, but does not answer it.
    const asking = new Set(note.questions.filter((q) => q.status !== "answered").map((q) => q.line));
    const { terms, wordCount } = noteTerms(inline.prose, lines, asking, note.title);
    note.terms = terms;
    note.wordCount = wordCount;
  }

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
    markupOverLines: [],
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
  const sampled = Math.min(text.length, 8192);
  // Nearly every note holds none of them: the regex engine says so in half the time of a loop.
  // (A slice of a string is a view of it, not a copy.)
  if (!SUSPICIOUS.test(sampled < text.length ? text.slice(0, sampled) : text)) return false;
  let suspicious = 0;
  for (let i = 0; i < sampled; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) suspicious++;
  }
  return suspicious >= 8 && suspicious / sampled > 0.1;
}

/** What `looksBinary` counts: NUL and the other control characters but tab, line feed, form feed and carriage return, and U+FFFD. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SUSPICIOUS = /[\x00-\x08\x0B\x0E-\x1F\uFFFD]/;

function headingsOf(text: string, lines: LineInfo[]): Heading[] {
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== "heading") return;
    headings.push({ level: line.headingLevel, text: headingText(text.slice(line.contentStart, line.end).trim().replace(/^#{1,6}/, "")), line: index + 1 });
  });
  return headings;
}

const OVER_LINES: ReadonlySet<SpanKind> = new Set(["comment", "html"]);

function markupOverLines(spans: ProtectedSpans, lineIndex: LineIndex): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans.ofKinds(OVER_LINES)) {
    const first = lineIndex.lineAt(span.from);
    const last = lineIndex.lineAt(span.to - 1);
    if (last > first) out.push([first, last]);
  }
  return out;
}

/**
 * The ids of the concepts mentioned on `line`, in order, once each (a brand before the compound
 * that names it: Docker, then Container image). The mentions are in text order, so in line
 * order: the line's first is found by halving, not by reading every mention of the note.
 */
function conceptIdsOnLine(mentions: readonly ConceptMention[], line: number): string[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as ConceptMention).line < line) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let k = lo; k < mentions.length && (mentions[k] as ConceptMention).line === line; k++) {
    const mention = mentions[k] as ConceptMention;
    if (mention.brand && !ids.includes(mention.brand.conceptId)) ids.push(mention.brand.conceptId);
    if (!ids.includes(mention.conceptId)) ids.push(mention.conceptId);
  }
  return ids;
}
