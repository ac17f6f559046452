import type { HostMetadata } from "../parse/host-metadata";
import { readNote, type ReadNoteOptions } from "../parse/read-note";
import type { DeclaredConcept, ParsedNote } from "../parse/note-types";
import { normalizeName } from "../text/normalize-text";
import { withTitle } from "../terms/note-terms";
import type { IndexHost, IndexOptions, NoteEntry } from "./index-options";
import { IndexQueries } from "./index-queries";
import { IndexTables } from "./index-tables";
import { NoteRecord, titleOf } from "./note-record";
import { recordOf } from "./record-of-note";
import { recordFromStored, type StoredRecord } from "./stored-record";
import { VaultConcepts } from "./vault-concepts";
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
 *
 * This file holds the changes; what views ask is `IndexQueries` (`index-queries.ts`), over the
 * tables of `index-tables.ts`.
 */
export class HostedVaultIndex extends IndexQueries {
  private readonly stale = new Set<string>();

  constructor(
    private readonly options: IndexOptions = {},
    private readonly host: IndexHost = {},
  ) {
    super(new IndexTables(host.resolver), new VaultConcepts(options.extraConcepts, options.conceptNotes));
  }

  /** Builds an index from every note at once: concepts declared by notes count from the start (`cold-build.ts`). */
  static build<T extends HostedVaultIndex>(this: new (options?: IndexOptions, host?: IndexHost) => T, entries: Iterable<NoteEntry>, options: IndexOptions = {}, host: IndexHost = {}): T {
    const index = new this(options, host);
    coldBuild(index, entries, options.conceptTag ?? "concept");
    return index;
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
      this.tables.drop(record.path);
      this.tables.add(record);
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
    let parsed = this.parse(notePath, text, metadata, this.asRecorded);
    if (this.vaultConcepts.changes(notePath, parsed.declaredConcept)) {
      this.declare([[notePath, parsed.declaredConcept]]);
      parsed = this.parse(notePath, text, metadata, this.asRecorded);
    }
    this.tables.drop(notePath);
    const record = this.toRecord(parsed);
    this.tables.add(record);
    this.stale.delete(notePath);
    this.changeCount++;
    return record;
  }

  remove(path: string): void {
    const notePath = normalizeName(path);
    if (!this.tables.records.has(notePath)) return;
    this.tables.drop(notePath);
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
    const record = this.tables.records.record(oldPath);
    if (!record || oldPath === newPath) return;
    this.remove(newPath);
    this.tables.drop(oldPath);
    const title = titleOf(newPath);
    const moved = record.movedTo(newPath, record.terms === undefined ? undefined : withTitle(record.terms, title), record.declaredConcept && { ...record.declaredConcept, name: title });
    this.stale.delete(oldPath);
    this.tables.add(moved);
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

  /**
   * Tells the index the vault's other files (attachments, canvases, bases, PDFs …; notes may be
   * listed too), so links to them resolve. Until it is told, the index judges no link to an
   * attachment (it cannot know whether the file exists).
   */
  addFiles(paths: Iterable<string>): void {
    this.tables.links.addFiles(paths);
    this.changeCount++;
  }

  /** A file that is not a note was deleted (a note leaves with `remove`). */
  removeFile(path: string): void {
    if (this.tables.records.has(normalizeName(path))) return;
    this.tables.links.removeFile(path);
    this.changeCount++;
  }

  /**
   * The host's resolver may answer differently now (a file was created, deleted or renamed that
   * the index does not hold): views built on `version` are drawn again.
   */
  resolutionChanged(): void {
    this.changeCount++;
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
    return this.toRecord(this.parse(normalizeName(path), text, metadata, this.asRecorded));
  }

  /**
   * The matcher's build (done by the first parse after a change of the concepts) in steps of
   * one call each, for a shell that slices long work (`VaultConcepts.matcherSteps`).
   */
  matcherSteps(): Array<() => void> {
    return this.vaultConcepts.matcherSteps();
  }

  // ── internals ──────────────────────────────────────────────────────────────

  /** How a note is parsed for its record: with its answer terms unless the options leave them out. */
  private get asRecorded(): { answerTerms: boolean } {
    return { answerTerms: this.options.answerTerms !== false };
  }

  private toRecord(parsed: ParsedNote): NoteRecord {
    return recordOf(parsed, (target) => this.vaultConcepts.namedBy(target));
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
    for (const path of this.tables.records.paths()) this.stale.add(path);
  }
}
