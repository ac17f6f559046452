import { ConceptSet } from "../concepts/concept-set";
import type { VaultIndex } from "../index/vault-index";
import type { QuestionStatus } from "../parse/note-types";
import { compareText } from "../text/compare-text";
import { normalizeName } from "../text/normalize-text";
import { mentionPositions, type ReportMention } from "./mention-positions";
import { buildScanSummary } from "./scan-summary";

export type { ReportMention } from "./mention-positions";

/**
 * The index as the CLI's `scan --json` prints it (format version 1). Paths are relative to the
 * vault with `/` separators; counts are prose mentions; `concepts` lists only concepts that are
 * mentioned at least once. When the notes' texts are given, each note also lists its mentions
 * where they stand in the file (see {@link ReportMention}).
 */
export interface ScanReport {
  version: 1;
  vault: string;
  stats: { notes: number; concepts: number; mentions: number; questions: number; openQuestions: number; unsureQuestions: number; indexMs: number };
  notes: ReportNote[];
  concepts: ReportConcept[];
  questions: ReportQuestion[];
  unresolvedLinks: ReportUnresolvedLink[];
  warnings: Array<{ path: string; message: string }>;
}

export interface ReportNote {
  path: string;
  title: string;
  tags: string[];
  aliases: string[];
  links: string[];
  embeds: string[];
  headings: string[];
  emptyFields: string[];
  concepts: Array<{ name: string; count: number; linked: boolean }>;
  questions: number;
  /** Every mention, in text order, where it stands in the file as stored; present when the texts were given. */
  mentions?: ReportMention[];
}

export interface ReportConcept {
  name: string;
  id: string;
  aliases: string[];
  notes: Array<{ path: string; count: number; linked: boolean }>;
  related: Array<{ name: string; weight: number; relation?: string }>;
  conceptNote?: string;
}

/** A link or embed that leads to no file of the vault. */
export interface ReportUnresolvedLink {
  /** As written in the first note (by path) that holds it, without `#heading`. */
  target: string;
  sources: string[];
  /** Each place it is written: the note and the line. */
  locations: Array<{ path: string; line: number }>;
}

export interface ReportQuestion {
  path: string;
  line: number;
  text: string;
  status: QuestionStatus;
  answer: string;
  concepts: string[];
}

export interface ReportMeta {
  vault: string;
  indexMs: number;
  warnings?: Array<{ path: string; message: string }>;
  /**
   * The notes' texts as stored, by path (as given to the index): each note is read once more
   * with the index's concepts, to place its mentions in the file and give its answered
   * questions' answers (which the index does not keep). Without them, those answers are empty.
   */
  texts?: ReadonlyMap<string, string>;
}

export function buildScanReport(index: VaultIndex, meta: ReportMeta): ScanReport {
  const nameOf = (id: string): string => index.concepts.get(id)?.name ?? id;
  const notes: ReportNote[] = [];
  const questions: ReportQuestion[] = [];
  const texts = meta.texts && new Map([...meta.texts].map(([path, text]) => [normalizeName(path), text]));
  // Which notes link each concept, gathered as the notes are listed: asking each note again for
  // each concept it mentions decoded its every use over and over (seconds at 10k notes).
  const linkedIn = new Map<string, Set<string>>();
  for (const path of index.paths()) {
    const note = index.note(path);
    if (!note) continue;
    const uses = note.concepts;
    const entry: ReportNote = {
      path,
      title: note.title,
      tags: [...note.tags],
      aliases: [...note.aliases],
      links: unique(note.links.map((l) => l.target)),
      embeds: unique(note.embeds.map((l) => l.target)),
      headings: note.headings.map((h) => h.text),
      emptyFields: [...note.emptyFields],
      concepts: uses.map((use) => ({ name: nameOf(use.conceptId), count: use.count, linked: use.linked })),
      questions: note.questions.length,
    };
    const stored = texts?.get(path);
    const parsed = stored === undefined ? undefined : index.parse(path, stored);
    if (parsed && stored !== undefined) entry.mentions = mentionPositions(parsed, stored);
    notes.push(entry);
    for (const use of uses) {
      if (!use.linked) continue;
      const linking = linkedIn.get(use.conceptId);
      if (linking) linking.add(path);
      else linkedIn.set(use.conceptId, new Set([path]));
    }
    // The index keeps no answer text of answered questions: read from the note when it is given.
    const answers = parsed && new Map(parsed.questions.map((q) => [q.line, q.answer]));
    for (const q of note.questions) questions.push({ path, line: q.line, text: q.text, status: q.status, answer: answers?.get(q.line) ?? q.answer, concepts: q.concepts.map(nameOf) });
  }
  const concepts: ReportConcept[] = index
    .mentionedConcepts()
    .map((id) => {
      const concept = index.concepts.get(id);
      const mentioning = index.notesMentioning(id);
      const entry: ReportConcept = {
        name: nameOf(id),
        id,
        aliases: concept ? ConceptSet.aliasesOf(concept).slice(1) : [],
        notes: [...mentioning]
          .map(([path, count]) => ({ path, count, linked: linkedIn.get(id)?.has(path) ?? false }))
          .sort((a, b) => b.count - a.count || compareText(a.path, b.path)),
        related: index
          .related(id)
          .map((r) => ({ name: nameOf(r.conceptId), weight: r.weight, ...(r.relation ? { relation: describeRelation(r.relation.kind, r.relation.direction) } : {}) })),
      };
      const note = index.conceptNote(id);
      if (note) entry.conceptNote = note;
      return entry;
    })
    .sort((a, b) => total(b) - total(a) || compareText(a.name, b.name));
  // The numbers, missing links and warnings are the summary's, counted off the index once.
  const summary = buildScanSummary(index, meta);
  return { version: 1, vault: summary.vault, stats: summary.stats, notes, concepts, questions, unresolvedLinks: summary.unresolvedLinks, warnings: summary.warnings };
}

/** `uses` read from the concept asked about; `used by` when the relation points at it. */
export function describeRelation(kind: string, direction: "to" | "from"): string {
  const phrase = kind.replace(/-/g, " ");
  return direction === "to" ? phrase : `${phrase} (from)`;
}

function total(concept: ReportConcept): number {
  return concept.notes.reduce((sum, n) => sum + n.count, 0);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
