import { ConceptSet, type Concept } from "../concepts/concept-set";
import type { RelationKind } from "../concepts/concept-types";
import { parseNote } from "../parse/parse-note";
import type { DeclaredConcept, ParsedNote, Question } from "../parse/note-types";
import type { QuestionOptions } from "../questions/find-questions";
import { normalizeName } from "../text/normalize-text";
import { CoMentionWeights } from "./co-mentions";
import { LinkGraph, type UnresolvedLink } from "./link-graph";
import { linkKey } from "./link-target";
import { addToSet, deleteCount, deleteFromSet, setCount } from "./nested-counts";
import type { NoteRecord } from "./note-record";
import { recordOf } from "./record-of-note";
import { VaultConcepts } from "./vault-concepts";

export type { UnresolvedLink } from "./link-graph";

export interface IndexOptions {
  /** Concepts from settings (`Name: alias, alias`). */
  extraConcepts?: readonly DeclaredConcept[];
  /** Tag that makes a note a concept; `concept` by default. */
  conceptTag?: string;
  questions?: Partial<QuestionOptions>;
}

export interface RelatedConcept {
  conceptId: string;
  /** Sections of the vault where both concepts are mentioned. */
  weight: number;
  /** The curated relation between the two, read from the concept asked about, if any. */
  relation?: { kind: RelationKind; direction: "to" | "from" };
}

/**
 * The vault as linked knowledge: notes ⇄ concepts ⇄ questions, note backlinks, tags, concept
 * co-mentions. Kept current one note at a time (`upsert`, `remove`, `rename`); every forward map
 * has its inverse, so nothing is ever recomputed for the whole vault on an edit.
 *
 * Link resolution is never stored: a link is kept as the key it names, and resolved when asked,
 * so creating, deleting or renaming a note never leaves a stale backlink behind.
 *
 * When a note declares, renames or drops a concept, the matcher changes and the other notes'
 * mentions are out of date: they are listed by `staleNotes()` until the shell upserts them again.
 */
export class VaultIndex {
  private readonly vaultConcepts: VaultConcepts;
  private readonly records = new Map<string, NoteRecord>();
  private readonly links = new LinkGraph((path) => this.records.get(path)?.links);
  private readonly conceptNotes = new Map<string, Map<string, number>>();
  private readonly tagNotes = new Map<string, Set<string>>();
  private readonly coMentionWeights = new CoMentionWeights();
  private readonly stale = new Set<string>();
  private changeCount = 0;

  constructor(private readonly options: IndexOptions = {}) {
    this.vaultConcepts = new VaultConcepts(options.extraConcepts);
  }

  /** Builds an index from every note at once: concepts declared by notes count from the start. */
  static build(entries: Iterable<readonly [path: string, text: string]>, options: IndexOptions = {}): VaultIndex {
    const index = new VaultIndex(options);
    const texts = new Map<string, string>();
    for (const [path, text] of entries) texts.set(normalizeName(path), text);
    // Only a note whose text holds the concept tag can declare a concept. Those are read first
    // and their concepts set at once: the matcher is built once, and every note is then read
    // once, with the final concepts. (A declaration the filter missed still counts: its upsert
    // sets it, and the notes read before it are read again below.)
    const tag = new RegExp((options.conceptTag ?? "concept").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
    const declared: Array<[string, DeclaredConcept | null]> = [];
    for (const [path, text] of texts) {
      if (!tag.test(text)) continue;
      const concept = index.parse(path, text, { mentions: false }).declaredConcept;
      if (concept) declared.push([path, concept]);
    }
    if (declared.length > 0) index.declare(declared);
    for (const [path, text] of texts) index.upsert(path, text);
    for (const path of index.staleNotes()) index.upsert(path, texts.get(path) as string);
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
   * vault, for notes unchanged since): no parse, one matcher build for the concepts they declare.
   * Notes already in the index are replaced.
   */
  restore(records: Iterable<NoteRecord>): void {
    const declared: Array<[string, DeclaredConcept | null]> = [];
    for (const record of records) {
      this.drop(record.path);
      this.add(record);
      declared.push([record.path, record.declaredConcept]);
    }
    this.vaultConcepts.declare(declared); // restored records were read with these concepts: none goes stale
    this.changeCount++;
  }

  /** Adds or replaces a note from its current text. */
  upsert(path: string, text: string): NoteRecord {
    const notePath = normalizeName(path);
    let parsed = this.parse(notePath, text);
    if (this.vaultConcepts.changes(notePath, parsed.declaredConcept)) {
      this.declare([[notePath, parsed.declaredConcept]]);
      parsed = this.parse(notePath, text);
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
    const record = this.records.get(oldPath);
    if (!record || oldPath === newPath) return;
    this.remove(newPath);
    this.drop(oldPath);
    const moved: NoteRecord = { ...record, path: newPath, title: titleOf(newPath) };
    if (record.declaredConcept) moved.declaredConcept = { ...record.declaredConcept, name: moved.title };
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
    return this.records.get(normalizeName(path));
  }

  notes(): IterableIterator<NoteRecord> {
    return this.records.values();
  }

  paths(): string[] {
    return [...this.records.keys()].sort();
  }

  /** The note a link target resolves to, seen from `fromPath`, as Obsidian would pick it. */
  resolve(target: string, fromPath?: string): string | undefined {
    return this.links.resolve(linkKey(target), fromPath);
  }

  /** Notes linking to `path` (self-links excluded), with how many links each. */
  backlinks(path: string): Map<string, number> {
    return this.links.backlinks(path);
  }

  /** Links to notes that do not exist, with the notes that hold them. */
  unresolvedLinks(): UnresolvedLink[] {
    return this.links.unresolved();
  }

  /** Unresolved note links written in one note. */
  unresolvedLinksOf(path: string): string[] {
    const record = this.note(path);
    return record ? this.links.unresolvedAmong(record.links) : [];
  }

  /** Notes that mention a concept, with their prose mention counts. */
  notesMentioning(conceptId: string): Map<string, number> {
    return this.conceptNotes.get(conceptId) ?? new Map<string, number>();
  }

  /** Ids of every concept mentioned at least once. */
  mentionedConcepts(): string[] {
    return [...this.conceptNotes.keys()];
  }

  /** The note that stands for a concept: the one that declared it, or one named after it. */
  conceptNote(conceptId: string): string | undefined {
    const concept = this.concepts.get(conceptId);
    if (!concept) return undefined;
    if (concept.notePath && this.records.has(concept.notePath)) return concept.notePath;
    for (const alias of ConceptSet.aliasesOf(concept)) {
      const found = this.links.resolve(linkKey(alias));
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Related concepts: curated relations, and concepts mentioned in the same sections. Every entry
   * has one or the other (the co-mention weights keep no zeros).
   */
  related(conceptId: string): RelatedConcept[] {
    const byId = new Map<string, RelatedConcept>();
    for (const relation of this.concepts.relations) {
      if (relation.from === conceptId) byId.set(relation.to, { conceptId: relation.to, weight: 0, relation: { kind: relation.kind, direction: "to" } });
      else if (relation.to === conceptId) byId.set(relation.from, { conceptId: relation.from, weight: 0, relation: { kind: relation.kind, direction: "from" } });
    }
    for (const [other, weight] of this.coMentionWeights.of(conceptId)) {
      const entry = byId.get(other) ?? { conceptId: other, weight: 0 };
      entry.weight = weight;
      byId.set(other, entry);
    }
    return [...byId.values()].sort((x, y) => y.weight - x.weight || Number(!!y.relation) - Number(!!x.relation) || x.conceptId.localeCompare(y.conceptId));
  }

  /** Every co-mention pair with its weight (each pair once, ids in order), for the concept map. */
  coMentions(): Array<{ a: string; b: string; weight: number }> {
    return this.coMentionWeights.pairs();
  }

  /** Notes carrying a tag (compared without case; `a` also matches nested `a/b`). */
  notesTagged(tag: string): string[] {
    const wanted = tag.replace(/^#/, "").toLowerCase();
    const out = new Set<string>();
    for (const [key, paths] of this.tagNotes) {
      if (key === wanted || key.startsWith(wanted + "/")) for (const path of paths) out.add(path);
    }
    return [...out].sort();
  }

  tags(): Array<{ tag: string; notes: string[] }> {
    return [...this.tagNotes.keys()].sort().map((tag) => ({ tag, notes: [...(this.tagNotes.get(tag) as Set<string>)].sort() }));
  }

  questions(): Array<Question & { path: string }> {
    const out: Array<Question & { path: string }> = [];
    for (const path of this.paths()) {
      for (const question of (this.records.get(path) as NoteRecord).questions) out.push({ ...question, path });
    }
    return out;
  }

  /**
   * Parses a text with this index's concepts and options, without changing the index. With
   * `mentions: false`, only what the note is and declares (no concepts read, no matcher built).
   */
  parse(path: string, text: string, how: { mentions?: false } = {}): ParsedNote {
    const options: Parameters<typeof parseNote>[2] = how.mentions === false ? { mentions: false } : { matcher: this.vaultConcepts.matcher };
    if (this.options.questions) options.questions = this.options.questions;
    if (this.options.conceptTag) options.conceptTag = this.options.conceptTag;
    return parseNote(path, text, options);
  }

  /** The concept a link target names (by name, alias or its note's path), if any. */
  conceptLinkedBy(target: string): Concept | undefined {
    return this.vaultConcepts.namedBy(target);
  }

  // ── internals ──────────────────────────────────────────────────────────────

  private toRecord(parsed: ParsedNote): NoteRecord {
    return recordOf(parsed, (target) => this.vaultConcepts.namedBy(target));
  }

  private add(record: NoteRecord): void {
    const path = record.path;
    this.records.set(path, record);
    this.links.add(path, record.links);
    for (const use of record.concepts) setCount(this.conceptNotes, use.conceptId, path, use.count);
    for (const tag of record.tags) addToSet(this.tagNotes, tag.toLowerCase(), path);
    this.coMentionWeights.add(record);
  }

  private drop(path: string): void {
    const record = this.records.get(path);
    if (!record) return;
    this.records.delete(path);
    this.links.drop(path, record.links);
    for (const use of record.concepts) deleteCount(this.conceptNotes, use.conceptId, path);
    for (const tag of record.tags) deleteFromSet(this.tagNotes, tag.toLowerCase(), path);
    this.coMentionWeights.drop(record);
  }

  /** Sets concept declarations; the matcher changes, so every note goes stale (an upsert in progress clears its own). */
  private declare(entries: ReadonlyArray<readonly [string, DeclaredConcept | null]>): void {
    this.vaultConcepts.declare(entries);
    for (const path of this.records.keys()) this.stale.add(path);
  }
}

function titleOf(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}
