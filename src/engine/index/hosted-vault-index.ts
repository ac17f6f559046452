import { ConceptSet, type Concept } from "../concepts/concept-set";
import type { HostMetadata } from "../parse/host-metadata";
import { readNote, type ReadNoteOptions } from "../parse/read-note";
import type { DeclaredConcept, ParsedNote, Question } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import { withTitle } from "../terms/note-terms";
import { AnswerIndex } from "./answer-index";
import { CoMentionWeights } from "./co-mentions";
import { ConceptQuestions } from "./concept-questions";
import { relatedConcepts } from "./related-concepts";
import type { UnresolvedLink } from "./link-graph";
import type { IndexHost, IndexOptions, NoteEntry, RelatedConcept } from "./index-options";
import { conceptIdOf, knownConceptNumber } from "./concept-numbers";
import { NoteIds } from "./note-ids";
import { Postings } from "./postings";
import { TagNotes } from "./tag-notes";
import { NoteRecord, titleOf } from "./note-record";
import { recordOf } from "./record-of-note";
import { recordFromStored, type StoredRecord } from "./stored-record";
import { VaultConcepts } from "./vault-concepts";
import { VaultLinks } from "./vault-links";
import { coldBuild } from "./cold-build";

export type { LinkLocation, UnresolvedLink } from "./link-graph";
export type { LinkResolver } from "./link-resolution";
export type { IndexHost, IndexOptions, NoteEntry, RelatedConcept } from "./index-options";

/**
 * The vault as linked knowledge: notes ⇄ concepts ⇄ questions, backlinks, tags, concept
 * co-mentions, in a host that supplies each note's metadata (the plugin: Obsidian's
 * metadataCache) or has it read from the text with its own frontmatter reader. `VaultIndex` is
 * this index with gray-matter's YAML reader, for hosts with no metadata of their own; this file
 * holds no YAML parser, so a host that supplies metadata bundles none. Kept current one note at
 * a time (`upsert`, `remove`, `rename`); every forward map has its inverse, so nothing is ever
 * recomputed for the whole vault on an edit.
 *
 * Link resolution is never stored: a link is kept as the key it names, and resolved when asked,
 * so creating, deleting or renaming a note never leaves a stale backlink behind.
 *
 * When a note declares, renames or drops a concept, the matcher changes and the other notes'
 * mentions are out of date: they are listed by `staleNotes()` until the shell upserts them again.
 */
export class HostedVaultIndex {
  private readonly vaultConcepts: VaultConcepts;
  private readonly records = new NoteIds();
  private readonly links: VaultLinks;
  /** Concept number → the notes mentioning it (by id), with their prose mention counts. */
  private readonly conceptNotes = new Postings();
  private readonly conceptQuestions = new ConceptQuestions();
  private readonly tagNotes = new TagNotes();
  private readonly coMentionWeights = new CoMentionWeights();
  private readonly answerIndex = new AnswerIndex();
  private readonly stale = new Set<string>();
  private changeCount = 0;

  constructor(
    private readonly options: IndexOptions = {},
    private readonly host: IndexHost = {},
  ) {
    this.vaultConcepts = new VaultConcepts(options.extraConcepts);
    this.links = new VaultLinks(this.records, host.resolver);
  }

  /** Builds an index from every note at once: concepts declared by notes count from the start (`cold-build.ts`). */
  static build<T extends HostedVaultIndex>(this: new (options?: IndexOptions, host?: IndexHost) => T, entries: Iterable<NoteEntry>, options: IndexOptions = {}, host: IndexHost = {}): T {
    const index = new this(options, host);
    coldBuild(index, entries, options.conceptTag ?? "concept");
    return index;
  }

  get concepts(): ConceptSet {
    return this.vaultConcepts.set;
  }

  /** Grows by one on every change, so views can tell whether they are out of date. */
  get version(): number {
    return this.changeCount;
  }

  get size(): number {
    return this.records.size;
  }

  /**
   * Puts back records saved from an index built with the same options (the plugin's cache of the
   * vault, for notes unchanged since): no parse, at most one matcher build for the concepts they
   * declare (none when they are declared already). Notes already in the index are replaced.
   */
  restore(records: Iterable<NoteRecord | StoredRecord>): void {
    const declared: Array<[string, DeclaredConcept | null]> = [];
    for (const given of records) {
      const record = given instanceof NoteRecord ? given : recordFromStored(given);
      this.drop(record.path);
      this.add(record);
      declared.push([record.path, record.declaredConcept]);
    }
    // Restored records were read with these concepts: none goes stale. Declarations set already
    // (the shell declares every restored concept note first) build no matcher again.
    const changes = declared.filter(([path, concept]) => this.vaultConcepts.changes(path, concept));
    if (changes.length > 0) this.vaultConcepts.declare(changes);
    this.changeCount++;
  }

  /**
   * Adds or replaces a note from its current text, and what its host knows of it (Obsidian's
   * metadataCache entry for it); without `metadata`, the text is read for everything.
   */
  upsert(path: string, text: string, metadata?: HostMetadata): NoteRecord {
    const notePath = normalizeName(path);
    let parsed = this.parse(notePath, text, metadata, { answerTerms: true });
    if (this.vaultConcepts.changes(notePath, parsed.declaredConcept)) {
      this.declare([[notePath, parsed.declaredConcept]]);
      parsed = this.parse(notePath, text, metadata, { answerTerms: true });
    }
    this.drop(notePath);
    const record = this.toRecord(parsed);
    this.add(record);
    this.stale.delete(notePath);
    this.changeCount++;
    return record;
  }

  remove(path: string): void {
    const notePath = normalizeName(path);
    if (!this.records.has(notePath)) return;
    this.drop(notePath);
    this.stale.delete(notePath);
    if (this.vaultConcepts.declares(notePath)) this.declare([[notePath, null]]);
    this.changeCount++;
  }

  /**
   * Moves a note. Its text is unchanged, but its mentions were read against its folder and title
   * (a word's sense may depend on them): the moved note is stale until the shell reads it again.
   */
  rename(from: string, to: string): void {
    const oldPath = normalizeName(from);
    const newPath = normalizeName(to);
    const record = this.records.record(oldPath);
    if (!record || oldPath === newPath) return;
    this.remove(newPath);
    this.drop(oldPath);
    const title = titleOf(newPath);
    const moved = record.movedTo(newPath, record.terms === undefined ? undefined : withTitle(record.terms, title), record.declaredConcept && { ...record.declaredConcept, name: title });
    this.stale.delete(oldPath);
    this.add(moved);
    this.stale.add(newPath);
    if (this.vaultConcepts.declares(oldPath)) {
      this.declare([
        [oldPath, null],
        [newPath, moved.declaredConcept],
      ]);
    }
    this.changeCount++;
  }

  /** Notes whose mentions predate a change of the concept set; upsert them again. */
  staleNotes(): string[] {
    return [...this.stale].sort();
  }

  note(path: string): NoteRecord | undefined {
    return this.records.record(normalizeName(path));
  }

  notes(): IterableIterator<NoteRecord> {
    return this.records.values();
  }

  paths(): string[] {
    return [...this.records.paths()].sort();
  }

  /**
   * Tells the index the vault's other files (attachments, canvases, bases, PDFs …; notes may be
   * listed too), so links to them resolve. Until it is told, the index judges no link to an
   * attachment (it cannot know whether the file exists).
   */
  addFiles(paths: Iterable<string>): void {
    this.links.addFiles(paths);
    this.changeCount++;
  }

  /** A file that is not a note was deleted (a note leaves with `remove`). */
  removeFile(path: string): void {
    if (this.records.has(normalizeName(path))) return;
    this.links.removeFile(path);
    this.changeCount++;
  }

  /**
   * The host's resolver may answer differently now (a file was created, deleted or renamed that
   * the index does not hold): views built on `version` are drawn again.
   */
  resolutionChanged(): void {
    this.changeCount++;
  }

  /** The file a link's path leads to, seen from `fromPath`, as Obsidian would pick it. */
  resolve(target: string, fromPath?: string): string | undefined {
    return this.links.resolve(target, fromPath === undefined ? "" : normalizeName(fromPath));
  }

  /** Notes linking to `path` (self-links excluded), with how many links and embeds each. */
  backlinks(path: string): Map<string, number> {
    return this.links.backlinks(path);
  }

  /** Links and embeds that lead to no file, with the notes and lines that hold them. */
  unresolvedLinks(): UnresolvedLink[] {
    return this.links.unresolved();
  }

  /** The targets of one note's missing links and embeds, each once, in line order. */
  unresolvedLinksOf(path: string): string[] {
    return this.missingLinksOf(path).map((link) => link.target);
  }

  /** One note's missing links and embeds, each target once, with the line it is first written on. */
  missingLinksOf(path: string): Array<{ target: string; line: number }> {
    const notePath = normalizeName(path);
    return this.records.has(notePath) ? this.links.missingOf(notePath) : [];
  }

  /** Notes that mention a concept, with their prose mention counts. */
  notesMentioning(conceptId: string): Map<string, number> {
    const out = new Map<string, number>();
    const concept = knownConceptNumber(conceptId);
    if (concept !== -1) this.conceptNotes.forEach(concept, (note, count) => out.set(this.records.pathOf(note), count));
    return out;
  }

  /** Ids of every concept mentioned at least once. */
  mentionedConcepts(): string[] {
    return this.conceptNotes.keys().map(conceptIdOf);
  }

  /** The note that stands for a concept: the one that declared it, or one named after it. */
  conceptNote(conceptId: string): string | undefined {
    const concept = this.concepts.get(conceptId);
    if (!concept) return undefined;
    if (concept.notePath && this.records.has(concept.notePath)) return concept.notePath;
    for (const alias of ConceptSet.aliasesOf(concept)) {
      const found = this.links.resolve(alias, "");
      if (found && this.records.has(found)) return found;
    }
    return undefined;
  }

  /**
   * Related concepts: curated relations, and concepts mentioned in the same sections. Every entry
   * has one or the other (the co-mention weights keep no zeros).
   */
  related(conceptId: string): RelatedConcept[] {
    return relatedConcepts(conceptId, this.concepts.relations, this.coMentionWeights);
  }

  /** Every co-mention pair with its weight (each pair once, ids in order), for the concept map. */
  coMentions(): Array<{ a: string; b: string; weight: number }> {
    return this.coMentionWeights.pairs();
  }

  /** Notes carrying a tag (compared without case; `a` also matches nested `a/b`). */
  notesTagged(tag: string): string[] {
    return this.tagNotes.tagged(tag);
  }

  tags(): Array<{ tag: string; notes: string[] }> {
    return this.tagNotes.all();
  }

  /** The questions that mention a concept on their line, in path order, then line order. */
  questionsAbout(conceptId: string): Array<Question & { path: string }> {
    const paths = this.conceptQuestions.notesAbout(conceptId).map((note) => this.records.pathOf(note));
    return this.questionsOf(paths.sort(), (question) => question.concepts.includes(conceptId));
  }

  questions(): Array<Question & { path: string }> {
    return this.questionsOf(this.paths(), () => true);
  }

  /** What answer suggestions read besides the records: how many notes hold each word. */
  get answers(): AnswerIndex {
    return this.answerIndex;
  }

  /**
   * Parses a text (with its host's metadata, if any) with this index's concepts and options,
   * without changing the index: `answerTerms` as the index records them; `mentions: false` reads
   * only what the note is and declares (no concepts read, no matcher built).
   */
  parse(path: string, text: string, metadata?: HostMetadata, how: { answerTerms?: boolean; mentions?: false } = {}): ParsedNote {
    const options: ReadNoteOptions =
      how.mentions === false ? { mentions: false } : { matcher: this.vaultConcepts.matcher, answerTerms: how.answerTerms === true, conceptOfLink: (target) => this.vaultConcepts.namedBy(target) };
    if (this.options.questions) options.questions = this.options.questions;
    if (this.options.conceptTag) options.conceptTag = this.options.conceptTag;
    if (metadata) options.metadata = metadata;
    if (this.host.readFrontmatter) options.readFrontmatter = this.host.readFrontmatter;
    return readNote(path, text, options);
  }

  /**
   * The record `upsert` would keep for a note, without changing the index: what a worker thread
   * reads for the index of another thread (`restore` puts it in). Read with the index's concepts
   * as they are; a record that declares a concept they lack was read with the wrong ones.
   */
  readRecord(path: string, text: string, metadata?: HostMetadata): NoteRecord {
    return this.toRecord(this.parse(normalizeName(path), text, metadata, { answerTerms: true }));
  }

  /** The concepts notes declare, by note: what the matcher is built from besides the glossary and the settings. */
  declarations(): Array<[string, DeclaredConcept]> {
    return this.vaultConcepts.declared();
  }

  /** The concept a link target names (by name, alias or its note's path), if any. */
  conceptLinkedBy(target: string): Concept | undefined {
    return this.vaultConcepts.namedBy(target);
  }

  // ── internals ──────────────────────────────────────────────────────────────

  private questionsOf(paths: readonly string[], wanted: (question: Question) => boolean): Array<Question & { path: string }> {
    return paths.flatMap((path) => (this.records.record(path) as NoteRecord).questions.filter(wanted).map((question) => ({ ...question, path })));
  }

  private toRecord(parsed: ParsedNote): NoteRecord {
    return recordOf(parsed, (target) => this.vaultConcepts.namedBy(target));
  }

  private add(record: NoteRecord): void {
    const note = this.records.set(record);
    this.links.add(note, record);
    for (let use = 0; use < record.useCount; use++) this.conceptNotes.set(record.useConcept(use), note, record.useMentions(use));
    this.conceptQuestions.add(note, record);
    this.tagNotes.add(record);
    this.coMentionWeights.add(record);
    this.answerIndex.add(record);
  }

  private drop(path: string): void {
    const record = this.records.record(path);
    const note = this.records.idOf(path);
    if (!record || note === undefined) return;
    this.links.drop(note, record);
    for (let use = 0; use < record.useCount; use++) this.conceptNotes.set(record.useConcept(use), note, 0);
    this.conceptQuestions.drop(note, record);
    this.tagNotes.drop(record);
    this.coMentionWeights.drop(record);
    this.answerIndex.drop(record);
    this.records.delete(path);
  }

  /**
   * Sets concept declarations. When one changes what a note declared, the matcher changes, so
   * every note goes stale (an upsert in progress clears its own); declarations as they already
   * stand (a concept note read again, unchanged) change nothing.
   */
  declare(entries: ReadonlyArray<readonly [string, DeclaredConcept | null]>): void {
    const changes = entries.filter(([path, declared]) => this.vaultConcepts.changes(path, declared));
    if (changes.length === 0) return;
    this.vaultConcepts.declare(changes);
    for (const path of this.records.paths()) this.stale.add(path);
  }
}
