import { conceptSetWith } from "../concepts/builtin-concepts";
import { ConceptMatcher } from "../concepts/concept-matcher";
import { ConceptSet, type Concept, type ConceptSource } from "../concepts/concept-set";
import type { RelationKind } from "../concepts/concept-types";
import { parseNote } from "../parse/parse-note";
import type { DeclaredConcept, ParsedNote, Question } from "../parse/note-types";
import type { QuestionOptions } from "../parse/questions";
import { normalizeName } from "../text/normalize-text";
import { sectionPairs } from "./co-mentions";
import { baseOfKey, folderOf, isNoteTarget, linkKey, noteKeys } from "./link-target";
import type { ConceptUse, NoteRecord } from "./note-record";
import { detached } from "../text/detached-string";

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

export interface UnresolvedLink {
  /** The target as written in the first note (by path) that links it. */
  target: string;
  sources: Map<string, number>;
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
  private conceptSet: ConceptSet;
  private matcher: ConceptMatcher;
  private readonly records = new Map<string, NoteRecord>();
  private readonly notesByTitle = new Map<string, Set<string>>();
  private readonly notesByPath = new Map<string, string>();
  private readonly conceptNotes = new Map<string, Map<string, number>>();
  private readonly tagNotes = new Map<string, Set<string>>();
  /** Link key → the notes linking it, with how many links each. */
  private readonly inbound = new Map<string, Map<string, number>>();
  /** Co-mention weights, both ways: concept → other concept → sections mentioning both. */
  private readonly coMentionWeights = new Map<string, Map<string, number>>();
  private readonly declarations = new Map<string, DeclaredConcept>();
  private readonly stale = new Set<string>();
  /** Concepts by the link key of the note that declared them, for the concept set they were read from. */
  private conceptNotePaths: { set: ConceptSet; byKey: Map<string, Concept> } | undefined;
  private changeCount = 0;

  constructor(private readonly options: IndexOptions = {}) {
    this.conceptSet = this.buildConceptSet();
    this.matcher = new ConceptMatcher(this.conceptSet);
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
    const declared: Array<[string, DeclaredConcept]> = [];
    for (const [path, text] of texts) {
      if (!tag.test(text)) continue;
      const concept = index.parse(path, text).declaredConcept;
      if (concept) declared.push([path, concept]);
    }
    if (declared.length > 0) index.setDeclarations(declared);
    for (const [path, text] of texts) index.upsert(path, text);
    for (const path of index.staleNotes()) index.upsert(path, texts.get(path) as string);
    return index;
  }

  get concepts(): ConceptSet {
    return this.conceptSet;
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
    for (const record of records) {
      this.drop(record.path);
      this.add(record);
      if (record.declaredConcept) this.declarations.set(record.path, record.declaredConcept);
      else this.declarations.delete(record.path);
    }
    this.conceptSet = this.buildConceptSet();
    this.matcher = new ConceptMatcher(this.conceptSet);
    this.changeCount++;
  }

  /** Adds or replaces a note from its current text. */
  upsert(path: string, text: string): NoteRecord {
    const notePath = normalizeName(path);
    let parsed = this.parse(notePath, text);
    if (this.declarationChanged(notePath, parsed.declaredConcept)) {
      this.setDeclaration(notePath, parsed.declaredConcept);
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
    if (this.declarations.has(notePath)) this.setDeclaration(notePath, null);
    this.changeCount++;
  }

  /** Moves a note; its text is unchanged, so it is not read again (unless it declares a concept). */
  rename(from: string, to: string): void {
    const oldPath = normalizeName(from);
    const newPath = normalizeName(to);
    const record = this.records.get(oldPath);
    if (!record || oldPath === newPath) return;
    this.remove(newPath);
    this.drop(oldPath);
    const moved: NoteRecord = { ...record, path: newPath, title: titleOf(newPath) };
    if (record.declaredConcept) moved.declaredConcept = { ...record.declaredConcept, name: moved.title };
    const wasStale = this.stale.delete(oldPath);
    this.add(moved);
    if (wasStale) this.stale.add(newPath);
    if (this.declarations.has(oldPath)) {
      this.declarations.delete(oldPath);
      this.setDeclaration(newPath, moved.declaredConcept);
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
    return this.resolveKey(linkKey(target), fromPath);
  }

  /** Notes linking to `path` (self-links excluded), with how many links each. */
  backlinks(path: string): Map<string, number> {
    const notePath = normalizeName(path);
    const out = new Map<string, number>();
    const keys = noteKeys(notePath);
    for (const key of new Set([keys.title, keys.path])) {
      const sources = this.inbound.get(key);
      if (!sources) continue;
      for (const [source, count] of sources) {
        if (source === notePath || this.resolveKey(key, source) !== notePath) continue;
        out.set(source, (out.get(source) ?? 0) + count);
      }
    }
    return out;
  }

  /** Links to notes that do not exist, with the notes that hold them. */
  unresolvedLinks(): UnresolvedLink[] {
    const out: UnresolvedLink[] = [];
    // Each note's links as written, by key, read once: a note with 10,000 missing links was
    // searched link by link for each of them.
    const writtenIn = new Map<string, Map<string, string>>();
    const spelling = (path: string, key: string): string | undefined => {
      let byKey = writtenIn.get(path);
      if (!byKey) {
        byKey = new Map();
        for (const link of this.records.get(path)?.links ?? []) {
          const linked = linkKey(link.target);
          if (!byKey.has(linked)) byKey.set(linked, link.target);
        }
        writtenIn.set(path, byKey);
      }
      return byKey.get(key);
    };
    for (const [key, sources] of this.inbound) {
      if (this.resolveKey(key) !== undefined) continue;
      let first: string | undefined;
      for (const source of sources.keys()) if (first === undefined || source < first) first = source;
      const written = spelling(first as string, key) ?? key;
      out.push({ target: written, sources: new Map([...sources].sort(([a], [b]) => a.localeCompare(b))) });
    }
    return out.sort((a, b) => a.target.localeCompare(b.target) || linkKey(a.target).localeCompare(linkKey(b.target)));
  }

  /** Unresolved note links written in one note. */
  unresolvedLinksOf(path: string): string[] {
    const record = this.note(path);
    if (!record) return [];
    const out = new Set<string>(); // a set: a note may hold 10,000 missing links
    for (const link of record.links) {
      if (!isNoteTarget(link.target) || out.has(link.target)) continue;
      if (!this.resolvable(linkKey(link.target))) out.add(link.target);
    }
    return [...out];
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
    const concept = this.conceptSet.get(conceptId);
    if (!concept) return undefined;
    if (concept.notePath && this.records.has(concept.notePath)) return concept.notePath;
    for (const alias of ConceptSet.aliasesOf(concept)) {
      const found = this.resolveKey(linkKey(alias));
      if (found) return found;
    }
    return undefined;
  }

  /** Related concepts: curated relations, and concepts mentioned in the same sections. */
  related(conceptId: string): RelatedConcept[] {
    const byId = new Map<string, RelatedConcept>();
    for (const relation of this.conceptSet.relations) {
      if (relation.from === conceptId) byId.set(relation.to, { conceptId: relation.to, weight: 0, relation: { kind: relation.kind, direction: "to" } });
      else if (relation.to === conceptId) byId.set(relation.from, { conceptId: relation.from, weight: 0, relation: { kind: relation.kind, direction: "from" } });
    }
    for (const [other, weight] of this.coMentionWeights.get(conceptId) ?? []) {
      const entry = byId.get(other) ?? { conceptId: other, weight: 0 };
      entry.weight = weight;
      byId.set(other, entry);
    }
    return [...byId.values()].sort((x, y) => y.weight - x.weight || Number(!!y.relation) - Number(!!x.relation) || x.conceptId.localeCompare(y.conceptId));
  }

  /** Every co-mention pair with its weight (each pair once, ids in order), for the concept map. */
  coMentions(): Array<{ a: string; b: string; weight: number }> {
    const out: Array<{ a: string; b: string; weight: number }> = [];
    for (const [a, others] of this.coMentionWeights) {
      for (const [b, weight] of others) if (a < b) out.push({ a, b, weight });
    }
    return out;
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

  /** Parses a text with this index's concepts and options, without changing the index. */
  parse(path: string, text: string): ParsedNote {
    const options: Parameters<typeof parseNote>[2] = { matcher: this.matcher };
    if (this.options.questions) options.questions = this.options.questions;
    if (this.options.conceptTag) options.conceptTag = this.options.conceptTag;
    return parseNote(path, text, options);
  }

  /** The concept a link target names (by name, alias or its note's path), if any. */
  conceptLinkedBy(target: string): Concept | undefined {
    return this.conceptNamedBy(target);
  }

  // ── internals ──────────────────────────────────────────────────────────────

  private toRecord(parsed: ParsedNote): NoteRecord {
    const { frontmatter: _frontmatter, mentions, highlights, ...rest } = parsed;
    const uses = new Map<string, ConceptUse>();
    for (const mention of mentions) {
      let use = uses.get(mention.conceptId);
      if (!use) {
        use = { conceptId: mention.conceptId, count: 0, linked: false, lines: [] };
        uses.set(mention.conceptId, use);
      }
      use.count++;
      use.lines.push(mention.line);
    }
    for (const link of parsed.links) {
      const concept = this.conceptNamedBy(link.target);
      const use = concept && uses.get(concept.id);
      if (use) use.linked = true;
    }
    // Exact-size arrays: an array grown by push keeps room for 16 more, and there are 30 uses a note.
    for (const use of uses.values()) use.lines = use.lines.slice();
    const concepts = [...uses.values()].sort((a, b) => b.count - a.count || a.conceptId.localeCompare(b.conceptId));
    return ownedRecord({ ...rest, concepts, highlightCount: highlights.length });
  }

  /** The concept a link target names: by the concept's name or alias, or its note's path. */
  private conceptNamedBy(target: string): Concept | undefined {
    const key = linkKey(target);
    const byName = this.conceptSet.byName(baseOfKey(key));
    if (byName) return byName;
    // Looked up, not searched: a note with 10,000 links in a vault of many concept notes
    // compared every link with every concept's path.
    if (this.conceptNotePaths?.set !== this.conceptSet) {
      const byKey = new Map<string, Concept>();
      for (const c of this.conceptSet.concepts) {
        if (c.notePath !== undefined && !byKey.has(linkKey(c.notePath))) byKey.set(linkKey(c.notePath), c);
      }
      this.conceptNotePaths = { set: this.conceptSet, byKey };
    }
    return this.conceptNotePaths.byKey.get(key);
  }

  private add(record: NoteRecord): void {
    const path = record.path;
    this.records.set(path, record);
    const keys = noteKeys(path);
    addToSet(this.notesByTitle, keys.title, path);
    this.notesByPath.set(keys.path, path);
    for (const use of record.concepts) setCount(this.conceptNotes, use.conceptId, path, use.count);
    for (const tag of record.tags) addToSet(this.tagNotes, tag.toLowerCase(), path);
    for (const link of record.links) {
      if (!isNoteTarget(link.target)) continue;
      addCount(this.inbound, linkKey(link.target), path, 1);
    }
    for (const [a, b] of sectionPairs(record)) {
      addCount(this.coMentionWeights, a, b, 1);
      addCount(this.coMentionWeights, b, a, 1);
    }
  }

  private drop(path: string): void {
    const record = this.records.get(path);
    if (!record) return;
    this.records.delete(path);
    const keys = noteKeys(path);
    deleteFromSet(this.notesByTitle, keys.title, path);
    if (this.notesByPath.get(keys.path) === path) this.notesByPath.delete(keys.path);
    for (const use of record.concepts) {
      const notes = this.conceptNotes.get(use.conceptId);
      notes?.delete(path);
      if (notes?.size === 0) this.conceptNotes.delete(use.conceptId);
    }
    for (const tag of record.tags) deleteFromSet(this.tagNotes, tag.toLowerCase(), path);
    for (const link of record.links) {
      if (isNoteTarget(link.target)) addCount(this.inbound, linkKey(link.target), path, -1);
    }
    for (const [a, b] of sectionPairs(record)) {
      addCount(this.coMentionWeights, a, b, -1);
      addCount(this.coMentionWeights, b, a, -1);
    }
  }

  /** Whether some note answers to a link key (without choosing among several). */
  private resolvable(key: string): boolean {
    return key.includes("/") ? this.notesByPath.has(key) : (this.notesByTitle.get(key)?.size ?? 0) > 0;
  }

  private resolveKey(key: string, fromPath?: string): string | undefined {
    if (key.includes("/")) return this.notesByPath.get(key);
    const candidates = this.notesByTitle.get(key);
    if (!candidates || candidates.size === 0) return undefined;
    if (candidates.size === 1) return candidates.values().next().value;
    // The best candidate, found in one pass (no sort: `README` may exist in every folder).
    const folder = fromPath === undefined ? undefined : folderOf(fromPath);
    let best: string | undefined;
    let bestNear = false;
    for (const candidate of candidates) {
      const near = folderOf(candidate) === folder;
      if (best === undefined || (near && !bestNear) || (near === bestNear && (candidate.length < best.length || (candidate.length === best.length && candidate.localeCompare(best) < 0)))) {
        best = candidate;
        bestNear = near;
      }
    }
    return best;
  }

  private declarationChanged(path: string, declared: DeclaredConcept | null): boolean {
    const before = this.declarations.get(path);
    if (!before || !declared) return !!before !== !!declared;
    return before.name !== declared.name || before.aliases.join("\n") !== declared.aliases.join("\n");
  }

  /** Records a note's concept declaration and rebuilds the matcher; every note goes stale (an upsert in progress clears its own). */
  private setDeclaration(path: string, declared: DeclaredConcept | null): void {
    if (declared) this.declarations.set(path, declared);
    else this.declarations.delete(path);
    this.conceptSet = this.buildConceptSet();
    this.matcher = new ConceptMatcher(this.conceptSet);
    for (const other of this.records.keys()) this.stale.add(other);
  }

  /** Records many declarations with one rebuild of the matcher (for `build`). */
  private setDeclarations(declared: ReadonlyArray<readonly [string, DeclaredConcept]>): void {
    for (const [path, concept] of declared) this.declarations.set(path, concept);
    this.conceptSet = this.buildConceptSet();
    this.matcher = new ConceptMatcher(this.conceptSet);
    for (const other of this.records.keys()) this.stale.add(other);
  }

  private buildConceptSet(): ConceptSet {
    const extra: ConceptSource[] = (this.options.extraConcepts ?? []).map((concept) => ({ concept }));
    for (const path of [...this.declarations.keys()].sort()) {
      extra.push({ path, concept: this.declarations.get(path) as DeclaredConcept });
    }
    return conceptSetWith(extra);
  }
}

/**
 * The record with every string cut from the note's text copied out of it, and every array at
 * its exact size: a slice of a string is kept as a view of the whole note (V8, from 13
 * characters), so one heading kept would keep the note's text alive.
 */
function ownedRecord(record: NoteRecord): NoteRecord {
  return {
    ...record,
    tags: record.tags.map(detached),
    aliases: record.aliases.map(detached),
    links: record.links.slice(),
    embeds: record.embeds.slice(),
    headings: record.headings.map((h) => ({ ...h, text: detached(h.text) })),
    fields: record.fields.map((f) => ({ ...f, key: detached(f.key), value: detached(f.value) })),
    emptyFields: record.emptyFields.map(detached),
    codeBlocks: record.codeBlocks.map((b) => ({ ...b, lang: detached(b.lang) })),
    questions: record.questions.map((q) => {
      const question = { ...q, text: detached(q.text), answer: detached(q.answer), concepts: q.concepts.slice() };
      if (q.heading !== undefined) question.heading = detached(q.heading);
      return question;
    }),
    sectionStarts: record.sectionStarts.slice(),
    warnings: record.warnings.map(detached),
  };
}


function titleOf(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function deleteFromSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}

function setCount(map: Map<string, Map<string, number>>, key: string, inner: string, count: number): void {
  let counts = map.get(key);
  if (!counts) {
    counts = new Map();
    map.set(key, counts);
  }
  counts.set(inner, count);
}

/** Adds `delta` to a nested count, removing entries that fall to zero. */
function addCount(map: Map<string, Map<string, number>>, key: string, inner: string, delta: number): void {
  const next = (map.get(key)?.get(inner) ?? 0) + delta;
  if (next > 0) {
    setCount(map, key, inner, next);
    return;
  }
  const counts = map.get(key);
  counts?.delete(inner);
  if (counts?.size === 0) map.delete(key);
}
