import { ConceptSet, type Concept } from "../concepts/concept-set";
import type { NoteRecord } from "../index/note-record";
import type { VaultIndex } from "../index/vault-index";
import type { SearchKind, SearchTarget } from "./search-result";

/**
 * What the term search searches, gathered flat: one entry per item in parallel arrays, one per
 * written form (key) in others, every string a reference to one the index already holds. Nothing
 * is normalised, decomposed or sorted here (`SearchKeyTable` does that on first use), so gathering
 * costs a few array pushes an item: the search can be rebuilt after every change of the index.
 *
 * Items are the concepts (mentioned or not: a learner may look one up before writing about it),
 * the notes, their headings and their questions. Keys come in two runs: names first (concept
 * names and aliases, note titles and aliases), then lines (headings, questions), which are most
 * of the keys and are scanned only when they could make the list.
 */

export const KIND_CONCEPT = 0;
export const KIND_NOTE = 1;
export const KIND_HEADING = 2;
export const KIND_QUESTION = 3;
export const KINDS: readonly SearchKind[] = ["concept", "note", "heading", "question"];

/**
 * The order of equally good matches, by group: concepts the vault mentions, notes, concepts
 * nobody mentions (a glossary entry is less likely meant than a note of the learner's own),
 * headings, questions. Within a group the more used first.
 */
const GROUP_MENTIONED_CONCEPT = 0;
const GROUP_NOTE = 1;
const GROUP_UNMENTIONED_CONCEPT = 2;
const GROUP_HEADING = 3;
const GROUP_QUESTION = 4;
/** Uses above this rank alike: the rank is a number, `group * USE_SPAN + (USE_SPAN - 1 - use)`. */
const USE_SPAN = 1 << 20;

/** A question line can be a paragraph; its first characters are what a learner types to find it. */
export const MAX_LINE_KEY_LENGTH = 200;

export class SearchCatalog {
  readonly concepts: readonly Concept[];
  readonly notes: NoteRecord[] = [];
  /** Per concept (by its place in `concepts`): prose mentions, notes mentioning it, its note. */
  readonly conceptMentions: Int32Array;
  readonly conceptNotes: Int32Array;
  readonly conceptNotePaths: Array<string | undefined> = [];
  /** Per item: its kind, the note it belongs to (or the concept's place), its heading's or question's place in the note. */
  readonly itemKind: number[] = [];
  readonly itemOf: number[] = [];
  readonly itemSub: number[] = [];
  /** Per item: its place among equally good matches (lower first). */
  itemRank: Float64Array = new Float64Array(0);
  /** Per key: the written form, and the item it names. */
  readonly keyForm: string[] = [];
  readonly keyOwner: number[] = [];
  /** Keys from here on are notes' names, then lines (headings, questions). */
  firstNoteKey = 0;
  firstLineKey = 0;
  /** Items of concepts by id. */
  private readonly conceptItems = new Map<string, number>();

  constructor(index: VaultIndex) {
    const concepts = index.concepts.concepts;
    this.concepts = concepts;
    this.conceptMentions = new Int32Array(concepts.length);
    this.conceptNotes = new Int32Array(concepts.length);
    const ranks: number[] = [];
    concepts.forEach((concept, place) => {
      const mentioning = index.notesMentioning(concept.id);
      let mentions = 0;
      for (const count of mentioning.values()) mentions += count;
      this.conceptMentions[place] = mentions;
      this.conceptNotes[place] = mentioning.size;
      this.conceptNotePaths.push(index.conceptNote(concept.id));
      const item = this.addItem(KIND_CONCEPT, place, 0);
      this.conceptItems.set(concept.id, item);
      ranks.push(rankOf(mentions > 0 ? GROUP_MENTIONED_CONCEPT : GROUP_UNMENTIONED_CONCEPT, mentions));
      for (const alias of ConceptSet.aliasesOf(concept)) this.addKey(alias, item);
    });
    this.firstNoteKey = this.keyForm.length;
    for (const note of index.notes()) {
      const place = this.notes.length;
      this.notes.push(note);
      const item = this.addItem(KIND_NOTE, place, 0);
      ranks.push(rankOf(GROUP_NOTE, note.questions.length));
      this.addKey(note.title, item);
      for (const alias of note.aliases) this.addKey(alias, item);
    }
    this.firstLineKey = this.keyForm.length;
    this.notes.forEach((note, place) => {
      note.headings.forEach((heading, sub) => {
        // The heading that repeats the title (`# Docker` in Docker.md) is the note itself.
        if (heading.text === note.title || heading.text.trim() === "") return;
        this.addKey(heading.text, this.addItem(KIND_HEADING, place, sub));
        ranks.push(rankOf(GROUP_HEADING, 0));
      });
      note.questions.forEach((question, sub) => {
        this.addKey(question.text, this.addItem(KIND_QUESTION, place, sub));
        ranks.push(rankOf(GROUP_QUESTION, 0));
      });
    });
    this.itemRank = Float64Array.from(ranks);
  }

  get size(): number {
    return this.itemKind.length;
  }

  conceptItem(conceptId: string): number | undefined {
    return this.conceptItems.get(conceptId);
  }

  /** What an item is, as the modal shows it and the plugin opens it. */
  target(item: number): SearchTarget {
    const kind = this.itemKind[item] as number;
    const of = this.itemOf[item] as number;
    if (kind === KIND_CONCEPT) {
      const concept = this.concepts[of] as Concept;
      const names = ConceptSet.aliasesOf(concept);
      const target: SearchTarget = { kind: "concept", conceptId: concept.id, title: concept.name, aliases: names.slice(1), mentions: this.conceptMentions[of] as number, notes: this.conceptNotes[of] as number };
      if (concept.ko[0] !== undefined) target.koName = concept.ko[0];
      const notePath = this.conceptNotePaths[of];
      if (notePath !== undefined) target.notePath = notePath;
      return target;
    }
    const note = this.notes[of] as NoteRecord;
    const folder = folderOf(note.path);
    if (kind === KIND_NOTE) {
      let open = 0;
      let unsure = 0;
      for (const q of note.questions) {
        if (q.status === "open") open++;
        else if (q.status === "unsure") unsure++;
      }
      return { kind: "note", path: note.path, title: note.title, folder, aliases: [...note.aliases], questions: { open, unsure, total: note.questions.length }, concepts: note.concepts.length };
    }
    const sub = this.itemSub[item] as number;
    if (kind === KIND_HEADING) {
      const heading = note.headings[sub] as NoteRecord["headings"][number];
      return { kind: "heading", path: note.path, line: heading.line, title: heading.text, level: heading.level, aliases: [], noteTitle: note.title, folder };
    }
    const question = note.questions[sub] as NoteRecord["questions"][number];
    return { kind: "question", path: note.path, line: question.line, title: question.text, aliases: [], status: question.status, noteTitle: note.title, folder };
  }

  /** The item's title, for the last tie-breaks. */
  titleOf(item: number): string {
    const kind = this.itemKind[item] as number;
    const of = this.itemOf[item] as number;
    if (kind === KIND_CONCEPT) return (this.concepts[of] as Concept).name;
    const note = this.notes[of] as NoteRecord;
    if (kind === KIND_NOTE) return note.title;
    const sub = this.itemSub[item] as number;
    return kind === KIND_HEADING ? (note.headings[sub]?.text ?? "") : (note.questions[sub]?.text ?? "");
  }

  /** Stable across builds of the same vault: `id`, `path`, `path:line`. */
  idOf(item: number): string {
    const kind = this.itemKind[item] as number;
    const of = this.itemOf[item] as number;
    if (kind === KIND_CONCEPT) return (this.concepts[of] as Concept).id;
    const note = this.notes[of] as NoteRecord;
    if (kind === KIND_NOTE) return note.path;
    const sub = this.itemSub[item] as number;
    return `${note.path}:${kind === KIND_HEADING ? note.headings[sub]?.line : note.questions[sub]?.line}`;
  }

  private addItem(kind: number, of: number, sub: number): number {
    this.itemKind.push(kind);
    this.itemOf.push(of);
    this.itemSub.push(sub);
    return this.itemKind.length - 1;
  }

  private addKey(form: string, item: number): void {
    this.keyForm.push(form);
    this.keyOwner.push(item);
  }
}

function rankOf(group: number, use: number): number {
  return group * USE_SPAN + (USE_SPAN - 1 - Math.min(use, USE_SPAN - 1));
}

/** `TIL/2024/2024-03-02.md` → `TIL/2024`; a note at the root has none. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
