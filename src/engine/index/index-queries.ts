import type { Concept, ConceptSet } from "../concepts/concept-set";
import type { DeclaredConcept, Question } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import type { AnswerIndex } from "./answer-index";
import { conceptNoteCandidates } from "./concept-note-rules";
import { conceptIdOf, knownConceptNumber } from "./concept-numbers";
import type { IndexTables } from "./index-tables";
import type { RelatedConcept } from "./index-options";
import type { UnresolvedLink } from "./link-graph";
import type { NoteRecord } from "./note-record";
import { relatedConcepts } from "./related-concepts";
import type { VaultConcepts } from "./vault-concepts";

/**
 * What the views ask of the index: notes, links and backlinks, concepts and their notes,
 * co-mentions, tags, questions. Read only; `HostedVaultIndex` adds the changes (upsert, remove,
 * rename, declarations) that keep these answers current.
 */
export abstract class IndexQueries {
  protected changeCount = 0;

  protected constructor(
    protected readonly tables: IndexTables,
    protected readonly vaultConcepts: VaultConcepts,
  ) {}

  get concepts(): ConceptSet {
    return this.vaultConcepts.set;
  }

  /** Grows by one on every change, so views can tell whether they are out of date. */
  get version(): number {
    return this.changeCount;
  }

  get size(): number {
    return this.tables.records.size;
  }

  note(path: string): NoteRecord | undefined {
    return this.tables.records.record(normalizeName(path));
  }

  notes(): IterableIterator<NoteRecord> {
    return this.tables.records.values();
  }

  paths(): string[] {
    return [...this.tables.records.paths()].sort();
  }

  /** The file a link's path leads to, seen from `fromPath`, as Obsidian would pick it. */
  resolve(target: string, fromPath?: string): string | undefined {
    return this.tables.links.resolve(target, fromPath === undefined ? "" : normalizeName(fromPath));
  }

  /** Notes linking to `path` (self-links excluded), with how many links and embeds each. */
  backlinks(path: string): Map<string, number> {
    return this.tables.links.backlinks(path);
  }

  /** Links and embeds that lead to no file, with the notes and lines that hold them. */
  unresolvedLinks(): UnresolvedLink[] {
    return this.tables.links.unresolved();
  }

  /** The targets of one note's missing links and embeds, each once, in line order. */
  unresolvedLinksOf(path: string): string[] {
    return this.missingLinksOf(path).map((link) => link.target);
  }

  /** One note's missing links and embeds, each target once, with the line it is first written on. */
  missingLinksOf(path: string): Array<{ target: string; line: number }> {
    const notePath = normalizeName(path);
    return this.tables.records.has(notePath) ? this.tables.links.missingOf(notePath) : [];
  }

  /** Every note's missing links, as `missingLinksOf` gives them, found in one pass over the vault's links; notes without any left out. */
  missingLinksByNote(): Map<string, Array<{ target: string; line: number }>> {
    return this.tables.links.missingByNote();
  }

  /** Notes that mention a concept, with their prose mention counts. */
  notesMentioning(conceptId: string): Map<string, number> {
    const out = new Map<string, number>();
    const concept = knownConceptNumber(conceptId);
    if (concept !== -1) this.tables.conceptNotes.forEach(concept, (note, count) => out.set(this.tables.records.pathOf(note), count));
    return out;
  }

  /**
   * A concept's prose mentions per note, indexed by note id (0: none; see {@link forEachNote}):
   * what scoring every note of the vault for a question reads, where a map by path cost a map
   * entry per mentioning note to build and a string lookup per note to read.
   */
  mentionCountsById(conceptId: string): Int32Array {
    const counts = new Int32Array(this.tables.records.idLimit);
    const concept = knownConceptNumber(conceptId);
    if (concept !== -1) this.tables.conceptNotes.forEach(concept, (note, count) => void (counts[note] = count));
    return counts;
  }

  /** Calls `visit` with every note's record and its id (what {@link mentionCountsById} is indexed by). */
  forEachNote(visit: (record: NoteRecord, id: number) => void): void {
    this.tables.records.forEachWithId(visit);
  }

  /** A concept's prose mentions and the notes holding them, counted without listing the notes. */
  mentionTotals(conceptId: string): { mentions: number; notes: number } {
    const concept = knownConceptNumber(conceptId);
    if (concept === -1) return { mentions: 0, notes: 0 };
    let mentions = 0;
    this.tables.conceptNotes.forEach(concept, (_note, count) => void (mentions += count));
    return { mentions, notes: this.tables.conceptNotes.size(concept) };
  }

  /** Ids of every concept mentioned at least once. */
  mentionedConcepts(): string[] {
    return this.tables.conceptNotes.keys().map(conceptIdOf);
  }

  /**
   * The note that stands for a concept: the one settings name for it, else the one tagged as it.
   * Never a note that only shares its name (see `concept-note-rules.ts`).
   */
  conceptNote(conceptId: string): string | undefined {
    const notePath = this.concepts.get(conceptId)?.notePath;
    return notePath !== undefined && this.tables.records.has(notePath) ? notePath : undefined;
  }

  /** Notes named like a concept that has no note, offered to the user as its note (never taken silently). */
  conceptNoteCandidates(conceptId: string): string[] {
    return this.conceptNote(conceptId) === undefined ? conceptNoteCandidates(this.concepts, conceptId, this.tables.records.values()) : [];
  }

  /**
   * Related concepts: curated relations, and concepts mentioned in the same sections. Every entry
   * has one or the other (the co-mention weights keep no zeros).
   */
  related(conceptId: string): RelatedConcept[] {
    return relatedConcepts(conceptId, this.concepts, this.tables.coMentionWeights);
  }

  /** Every co-mention pair with its weight (each pair once, ids in order), for the concept map. */
  coMentions(): Array<{ a: string; b: string; weight: number }> {
    return this.tables.coMentionWeights.pairs();
  }

  /** Notes carrying a tag (compared without case; `a` also matches nested `a/b`). */
  notesTagged(tag: string): string[] {
    return this.tables.tagNotes.tagged(tag);
  }

  tags(): Array<{ tag: string; notes: string[] }> {
    return this.tables.tagNotes.all();
  }

  /** The questions that mention a concept on their line, in path order, then line order. */
  questionsAbout(conceptId: string): Array<Question & { path: string }> {
    const paths = this.tables.conceptQuestions.notesAbout(conceptId).map((note) => this.tables.records.pathOf(note));
    return this.questionsOf(paths.sort(), (question) => question.concepts.includes(conceptId));
  }

  questions(): Array<Question & { path: string }> {
    return this.questionsOf(this.paths(), () => true);
  }

  /** What answer suggestions read besides the records: how many notes hold each word. */
  get answers(): AnswerIndex {
    return this.tables.answerIndex;
  }

  /** The concepts notes declare, by note: what the matcher is built from besides the glossary and the settings. */
  declarations(): Array<[string, DeclaredConcept]> {
    return this.vaultConcepts.declared();
  }

  /** The concept a link target names (by name, alias or its note's path), if any. */
  conceptLinkedBy(target: string): Concept | undefined {
    return this.vaultConcepts.namedBy(target);
  }

  /** The concepts a word read by context (what `[[Deployment]]` shows) may read as, by id; none for any other word. */
  conceptsReadFrom(word: string): string[] {
    return this.vaultConcepts.matcher.conceptsReadFrom(word);
  }

  private questionsOf(paths: readonly string[], wanted: (question: Question) => boolean): Array<Question & { path: string }> {
    return paths.flatMap((path) => (this.tables.records.record(path) as NoteRecord).questions.filter(wanted).map((question) => ({ ...question, path })));
  }
}
