import { suggestAnswers } from "../answers/suggest-answers";
import { buildConceptModel, type ConceptQuestion } from "../dashboard/concept-model";
import type { ConceptUse, NoteRecord } from "../index/note-record";
import type { VaultIndex } from "../index/vault-index";
import { folderOf } from "../text/link-names";
import { ConceptOccurrences } from "./concept-occurrences";
import type { ConceptPage, MentionSection, NoteGroup, NoteRef, PageQuestion } from "./concept-page-model";
import { mentionRows, type LineReading } from "./mention-rows";

export type * from "./concept-page-model";

export interface ConceptPageOptions {
  /** Only these notes (the dashboard's tag filter): every number and list is counted in them. */
  scope?: ReadonlySet<string>;
  /** Concepts muted in settings. */
  muted?: ReadonlySet<string>;
  /**
   * The texts of the notes the page lists, as stored, read on demand by the shell: the index keeps
   * no snippet. A group whose text is not here is listed without rows (`read: false`).
   */
  texts?: ReadonlyMap<string, string>;
  /** How many notes each section lists; 50 unless told. */
  notes?: number;
  /** How many open or unsure questions get the notes that may answer them; 5 unless told. */
  answered?: number;
  /** How many notes are suggested for each of them; 3 unless told. */
  answers?: number;
}

const STATUS_ORDER = { open: 0, unsure: 1, answered: 2 } as const;
/** What makes a note say more about a concept than its count of mentions: a heading that names it, a title that does. */
const HEADING_WEIGHT = 2;
const TITLE_WEIGHT = 3;

/**
 * Builds a concept's page from the index and the texts of the notes it lists. Linear in the notes
 * that mention the concept (their records only), plus the lines of the notes listed; a concept
 * with thousands of mentions lists its first notes, and the rest are a count until asked for.
 */
export function buildConceptPage(index: VaultIndex, conceptId: string, options: ConceptPageOptions = {}): ConceptPage | undefined {
  const concept = index.concepts.get(conceptId);
  const model = buildConceptModel(index, conceptId, { openQuestions: Number.MAX_SAFE_INTEGER, ...(options.scope ? { scope: options.scope } : {}) });
  if (!concept || !model) return undefined;
  const muted = options.muted?.has(conceptId) ?? false;
  const conceptNote = model.conceptNote;
  const weigh = noteWeigher(concept.en.concat(concept.ko, concept.exact));

  const linkedNotes: Array<{ record: NoteRecord; use: ConceptUse; count: number; weight: number }> = [];
  const unlinkedNotes: typeof linkedNotes = [];
  let mentions = 0;
  let linkedMentions = 0;
  let linkableMentions = 0;
  for (const path of index.notesMentioning(conceptId).keys()) {
    if (options.scope && !options.scope.has(path)) continue;
    const record = index.note(path);
    const use = record?.concepts.find((u) => u.conceptId === conceptId);
    if (!record || !use) continue;
    const linked = use.linkedLines?.length ?? 0;
    const fixed = use.fixedLines?.length ?? 0;
    mentions += use.count;
    linkedMentions += linked;
    if (path !== conceptNote) linkableMentions += use.count - linked - fixed;
    const weight = weigh(record, use) + (path === conceptNote ? 1000 : 0);
    if (linked > 0) linkedNotes.push({ record, use, count: linked, weight });
    if (use.count > linked) unlinkedNotes.push({ record, use, count: use.count - linked, weight });
  }
  const mayLink = !muted && conceptNote !== undefined;
  const occurrences = new ConceptOccurrences(
    concept,
    (target) => index.conceptLinkedBy(target)?.id === conceptId,
    (word) => index.conceptsReadFrom(word).includes(conceptId),
  );
  const readLine = (path: string): LineReading => (line) =>
    index
      .parse(path, line)
      .mentions.filter((m) => m.conceptId === conceptId)
      .map((m) => ({ from: m.start, to: m.end, inLink: m.inLink, linkable: m.linkable }));
  const limit = options.notes ?? 50;
  const section = (notes: typeof linkedNotes, kind: "linked" | "unlinked"): MentionSection => {
    notes.sort((a, b) => b.weight - a.weight || b.count - a.count || (a.record.path < b.record.path ? -1 : 1));
    const groups = notes.slice(0, limit).map(({ record, use, count, weight }): NoteGroup => {
      const text = options.texts?.get(record.path);
      const group: NoteGroup = { ...refOf(record), count, weight, conceptNote: record.path === conceptNote, read: text !== undefined, rows: [] };
      if (text !== undefined) group.rows = mentionRows(text, use, occurrences, mayLink && record.path !== conceptNote, readLine(record.path))[kind];
      return group;
    });
    return { notes: notes.length, mentions: notes.reduce((sum, n) => sum + n.count, 0), groups, more: Math.max(0, notes.length - limit) };
  };

  return {
    concept: model,
    muted,
    noteCandidates: muted ? [] : index.conceptNoteCandidates(conceptId).map((path) => refOf(index.note(path) ?? { path, title: path })),
    counts: { notes: model.noteCount, mentions, linkedMentions, unlinkedMentions: mentions - linkedMentions, linkableMentions: mayLink ? linkableMentions : 0 },
    linked: section(linkedNotes, "linked"),
    unlinked: section(unlinkedNotes, "unlinked"),
    questions: pageQuestions(index, model.questions, options),
  };
}

/** The notes a page lists whose texts it did not have: what the shell reads before asking again. */
export function notesToRead(page: ConceptPage): string[] {
  const paths = new Set<string>();
  for (const group of [...page.linked.groups, ...page.unlinked.groups]) if (!group.read) paths.add(group.path);
  return [...paths];
}

/** The notes that may answer one question, as the page shows them (for a question it did not suggest for). */
export function answersFor(index: VaultIndex, question: ConceptQuestion, limit = 3): NonNullable<PageQuestion["answers"]> {
  const heading = index.note(question.path)?.questions.find((q) => q.line === question.line)?.heading;
  return suggestAnswers(index, { path: question.path, text: question.text, line: question.line, ...(heading !== undefined ? { heading } : {}) }, { limit });
}

function pageQuestions(index: VaultIndex, questions: readonly ConceptQuestion[], options: ConceptPageOptions): PageQuestion[] {
  const ordered = [...questions].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  let left = options.answered ?? 5;
  return ordered.map((question) => {
    if (question.status === "answered" || left <= 0) return { ...question };
    left--;
    return { ...question, answers: answersFor(index, question, options.answers ?? 3) };
  });
}

function refOf(record: { path: string; title: string }): NoteRef {
  return { path: record.path, title: record.title, folder: folderOf(record.path) };
}

/**
 * How much a note says about a concept: its mentions, more when a heading names the concept, more
 * again when its title does (`Docker 정리`, `도커 네트워크`).
 */
function noteWeigher(aliases: readonly string[]): (record: NoteRecord, use: ConceptUse) => number {
  const names = [...new Set(aliases.map((a) => a.normalize("NFC").toLowerCase()))].filter((a) => a.length >= 2);
  return (record, use) => {
    const headings = new Set(record.headings.map((h) => h.line));
    let weight = use.count;
    for (const line of use.lines) if (headings.has(line)) weight += HEADING_WEIGHT;
    const title = record.title.normalize("NFC").toLowerCase();
    if (names.some((name) => title.includes(name))) weight += TITLE_WEIGHT;
    return weight;
  };
}

