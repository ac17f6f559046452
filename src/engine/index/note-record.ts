import type { CodeBlock, DeclaredConcept, Heading, LinkRef, Question } from "../parse/note-types";
import { conceptIdOf } from "./concept-numbers";
import { packColumns, unpackColumns, WIDE } from "./packed-columns";
import type { ConceptUse, RecordFields, StoredRecord } from "./record-fields";
import { CODE_BLOCK, conceptSlots, HEADER, HEADING, layoutOf, LINK, MENTION_FIXED, MENTION_IN_LINK, QUESTION, USE, type Layout } from "./record-layout";
import { questionsOf } from "./record-questions";

/**
 * Version of the record's shape and of what it counts. A cache of records written by another
 * version is not used: the plugin reads the vault again instead. (2: questions carry concept ids
 * and answer words; 3: link targets are not prose, mentions are read in context, brands counted
 * in their compounds, a grown glossary; 4: records are packed, see `storedRecord`, each mention's line marked as linked, not to be
 * linked, or prose.)
 */
export const INDEX_FORMAT_VERSION = 4;

export type { ConceptUse, RecordFields, StoredRecord } from "./record-fields";

const NONE: readonly string[] = Object.freeze([]);

/**
 * What the index keeps of a note: the parse, less what only the parse's own callers need (the
 * frontmatter object, the mentions one by one, highlights, template fields, the answer text of
 * answered questions: `answer` is empty for those), packed into two strings and a few short
 * lists. The lists callers read (`concepts`, `questions`, `headings`, `links` …)
 * are made when asked for: read one into a variable rather than asking again in a loop.
 */
export class NoteRecord implements RecordFields {
  readonly path: string;
  readonly tags: readonly string[];
  readonly aliases: readonly string[];
  readonly emptyFields: readonly string[];
  readonly warnings: readonly string[];
  readonly declaredConcept: DeclaredConcept | null;
  readonly terms?: string;
  readonly wordCount?: number;
  readonly linksOff?: true;
  readonly targets: string[];
  /** The packed integers (`packed-columns.ts`); concepts by their program-wide number (`concept-numbers.ts`). */
  readonly columns: string;
  readonly texts: string;
  private readonly wide: boolean;

  constructor(fields: RecordFields, columns: string, texts: string) {
    this.path = fields.path;
    this.tags = fields.tags.length === 0 ? NONE : fields.tags;
    this.aliases = fields.aliases.length === 0 ? NONE : fields.aliases;
    this.emptyFields = fields.emptyFields.length === 0 ? NONE : fields.emptyFields;
    this.warnings = fields.warnings.length === 0 ? NONE : fields.warnings;
    this.declaredConcept = fields.declaredConcept;
    if (fields.terms !== undefined) this.terms = fields.terms;
    if (fields.wordCount !== undefined) this.wordCount = fields.wordCount;
    if (fields.linksOff === true) this.linksOff = true;
    this.targets = fields.targets;
    this.columns = columns;
    this.texts = texts;
    this.wide = columns.charCodeAt(0) === WIDE;
  }

  /** The integer at `i` of the columns. */
  at(i: number): number {
    const c = this.columns;
    return this.wide ? c.charCodeAt(1 + 2 * i) * 0x10000 + c.charCodeAt(2 + 2 * i) : c.charCodeAt(1 + i);
  }

  /** File name without folder and `.md`. */
  get title(): string {
    return titleOf(this.path);
  }

  get lineCount(): number {
    return this.at(6);
  }

  // ── the lists, made when asked for ───────────────────────────────────────

  get concepts(): ConceptUse[] {
    const out: ConceptUse[] = [];
    let line = this.layout().lines;
    for (let i = 0; i < this.useCount; i++) {
      const count = this.useMentions(i);
      const lines: number[] = new Array<number>(count);
      let linkedLines: number[] | undefined;
      let fixedLines: number[] | undefined;
      for (let k = 0; k < count; k++) {
        const packed = this.at(line + k);
        lines[k] = packed >>> 2;
        if ((packed & 3) === MENTION_IN_LINK) (linkedLines ??= []).push(packed >>> 2);
        else if ((packed & 3) === MENTION_FIXED) (fixedLines ??= []).push(packed >>> 2);
      }
      line += count;
      const use: ConceptUse = { conceptId: conceptIdOf(this.useConcept(i)), count, linked: this.useLinked(i), lines };
      if (linkedLines) use.linkedLines = linkedLines;
      if (fixedLines) use.fixedLines = fixedLines;
      out.push(use);
    }
    return out;
  }

  get headings(): Heading[] {
    const at = this.layout().headings;
    const out: Heading[] = [];
    for (let h = 0; h < this.headingCount; h++) out.push(this.headingAt(at + h * HEADING));
    return out;
  }

  /** Line where each section (a heading and what follows it) starts; the first is line 1. */
  get sectionStarts(): number[] {
    const at = this.layout().headings;
    const starts = [1];
    for (let h = 0; h < this.headingCount; h++) {
      const line = this.at(at + h * HEADING + 1);
      if (line > 1) starts.push(line);
    }
    return starts;
  }

  /** Every question, with its key: see `record-questions.ts` for the dashboard's cheaper reads. */
  get questions(): Question[] {
    return questionsOf(this);
  }

  get links(): LinkRef[] {
    return this.linkList(this.layout().links, 0, this.linkCount);
  }

  get embeds(): LinkRef[] {
    return this.linkList(this.layout().embeds, this.linkCount, this.embedCount);
  }

  get codeBlocks(): CodeBlock[] {
    const at = this.layout().codeBlocks;
    const out: CodeBlock[] = [];
    for (let b = 0; b < this.at(5); b++) {
      const base = at + b * CODE_BLOCK;
      out.push({ lang: this.textAt(base + 2), startLine: this.at(base), endLine: this.at(base + 1) });
    }
    return out;
  }

  // ── what the index reads without making lists ────────────────────────────

  get useCount(): number {
    return this.at(0);
  }

  useConcept(i: number): number {
    return this.at(HEADER + i * USE);
  }

  useMentions(i: number): number {
    return this.at(HEADER + i * USE + 1) >>> 1;
  }

  useLinked(i: number): boolean {
    return (this.at(HEADER + i * USE + 1) & 1) === 1;
  }

  /** The line of the mention held at `at` of the columns (see `mentionLinesAt`). */
  mentionLine(at: number): number {
    return this.at(at) >>> 2;
  }

  /** Where the mention lines of every use start in `columns`, use after use, `useMentions(i)` each. */
  get mentionLinesAt(): number {
    return HEADER + this.useCount * USE;
  }

  get headingCount(): number {
    return this.at(1);
  }

  heading(h: number): Heading {
    return this.headingAt(this.layout().headings + h * HEADING);
  }

  get questionCount(): number {
    return this.at(2);
  }

  /** Calls `visit` with each question's text and line, without the keys and concepts `questions` makes for each. */
  forEachQuestionText(visit: (text: string, line: number) => void): void {
    const at = this.layout().questions;
    for (let q = 0; q < this.questionCount; q++) visit(this.textAt(at + q * QUESTION + 4), this.at(at + q * QUESTION));
  }

  /** Calls `visit` with the concept number of every concept of every question, question by question. */
  forEachQuestionConcept(visit: (conceptNumber: number) => void): void {
    const layout = this.layout();
    for (let k = layout.questionConcepts; k < layout.links; k++) visit(this.at(k));
  }

  /** The text whose offset and length are the integers at `at` and `at + 1`. */
  textAt(at: number): string {
    const from = this.at(at);
    return this.texts.slice(from, from + this.at(at + 1));
  }

  get linkCount(): number {
    return this.at(3);
  }

  get embedCount(): number {
    return this.at(4);
  }

  /** Calls `visit` with the target and line of every link, then of every embed. */
  forEachLink(visit: (target: string, line: number) => void): void {
    const from = this.layout().links;
    const targets = this.targets;
    for (let l = 0; l < targets.length; l++) visit(targets[l] as string, this.at(from + l * LINK));
  }

  /** The record with its note moved: the same contents under another path, its answer words and declaration following the new title. */
  movedTo(path: string, terms: string | undefined, declaredConcept: DeclaredConcept | null): NoteRecord {
    const fields: RecordFields = { ...this.fields(), path, declaredConcept };
    if (terms !== undefined) fields.terms = terms;
    return new NoteRecord(fields, this.columns, this.texts);
  }

  /** The plain data a cache saves: see `storedRecord`. */
  toJSON(): StoredRecord {
    return storedRecord(this);
  }

  fields(): RecordFields {
    const fields: RecordFields = { path: this.path, tags: this.tags, aliases: this.aliases, emptyFields: this.emptyFields, warnings: this.warnings, declaredConcept: this.declaredConcept, targets: this.targets };
    if (this.terms !== undefined) fields.terms = this.terms;
    if (this.wordCount !== undefined) fields.wordCount = this.wordCount;
    if (this.linksOff === true) fields.linksOff = true;
    return fields;
  }

  // ── internals ────────────────────────────────────────────────────────────

  private headingAt(at: number): Heading {
    return { level: this.at(at), text: this.textAt(at + 2), line: this.at(at + 1) };
  }

  private linkList(from: number, first: number, count: number): LinkRef[] {
    const out: LinkRef[] = [];
    for (let l = 0; l < count; l++) {
      const at = from + l * LINK;
      const link: LinkRef = { target: this.targets[first + l] as string, line: this.at(at) };
      if (this.at(at + 1) === 1) link.markdown = true;
      out.push(link);
    }
    return out;
  }

  layout(): Layout {
    return layoutOf((i) => this.at(i));
  }
}

/** The plain data of a record, concepts by id: what the plugin's cache saves and the CLI's workers send. */
export function storedRecord(record: NoteRecord): StoredRecord {
  const columns = unpackColumns(record.columns);
  const conceptIds: string[] = [];
  const local = new Map<number, number>();
  for (const slot of conceptSlots(columns)) {
    const number = columns[slot] as number;
    let mine = local.get(number);
    if (mine === undefined) {
      mine = conceptIds.length;
      local.set(number, mine);
      conceptIds.push(conceptIdOf(number));
    }
    columns[slot] = mine;
  }
  return { ...record.fields(), columns: packColumns(columns), texts: record.texts, conceptIds };
}

export function titleOf(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}
