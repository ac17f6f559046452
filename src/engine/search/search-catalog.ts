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
  readonly itemKind: Uint8Array;
  readonly itemOf: Int32Array;
  readonly itemSub: Int32Array;
  /** Per item: its first key (whose form is its title), and the line of a heading or question. */
  readonly itemKey: Int32Array;
  readonly itemLine: Int32Array;
  /** Per item: its place among equally good matches (lower first). */
  readonly itemRank: Float64Array;
  /** Per key: the written form, and the item it names. */
  readonly keyForm: string[] = [];
  readonly keyOwner: Int32Array;
  /** Keys from here on are notes' names, then lines (headings, questions). */
  readonly firstNoteKey: number;
  readonly firstLineKey: number;
  /** Items of concepts by id. */
  private readonly conceptItems = new Map<string, number>();
  private items = 0;

  constructor(index: VaultIndex) {
    const concepts = index.concepts.concepts;
    this.concepts = concepts;
    this.conceptMentions = new Int32Array(concepts.length);
    this.conceptNotes = new Int32Array(concepts.length);
    // Counted first, so that every column is one typed array: a record's counts cost nothing,
    // while its heading and question lists are made when read (the questions with a key each).
    let names = 0;
    const aliases = concepts.map((concept) => ConceptSet.aliasesOf(concept));
    for (const list of aliases) names += list.length;
    let lines = 0;
    for (const note of index.notes()) {
      this.notes.push(note);
      names += 1 + note.aliases.length;
      lines += note.headingCount + note.questionCount;
    }
    const items = concepts.length + this.notes.length + lines;
    this.itemKind = new Uint8Array(items);
    this.itemOf = new Int32Array(items);
    this.itemSub = new Int32Array(items);
    this.itemKey = new Int32Array(items);
    this.itemLine = new Int32Array(items);
    this.itemRank = new Float64Array(items);
    this.keyOwner = new Int32Array(names + lines);

    concepts.forEach((concept, place) => {
      const totals = index.mentionTotals(concept.id);
      this.conceptMentions[place] = totals.mentions;
      this.conceptNotes[place] = totals.notes;
      this.conceptNotePaths.push(index.conceptNote(concept.id));
      const item = this.addItem(KIND_CONCEPT, place, 0, rankOf(totals.mentions > 0 ? GROUP_MENTIONED_CONCEPT : GROUP_UNMENTIONED_CONCEPT, totals.mentions));
      this.conceptItems.set(concept.id, item);
      for (const alias of aliases[place] as string[]) this.addKey(alias, item);
    });
    this.firstNoteKey = this.keyForm.length;
    this.notes.forEach((note, place) => {
      const item = this.addItem(KIND_NOTE, place, 0, rankOf(GROUP_NOTE, note.questionCount));
      this.addKey(note.title, item);
      for (const alias of note.aliases) this.addKey(alias, item);
    });
    this.firstLineKey = this.keyForm.length;
    const headingRank = rankOf(GROUP_HEADING, 0);
    const questionRank = rankOf(GROUP_QUESTION, 0);
    this.notes.forEach((note, place) => {
      if (note.headingCount > 0) {
        const title = note.title;
        note.headings.forEach((heading, sub) => {
          // The heading that repeats the title (`# Docker` in Docker.md) is the note itself.
          if (heading.text === title || heading.text.trim() === "") return;
          this.addKey(heading.text, this.addItem(KIND_HEADING, place, sub, headingRank, heading.line));
        });
      }
      let sub = 0;
      note.forEachQuestionText((text, line) => this.addKey(text, this.addItem(KIND_QUESTION, place, sub++, questionRank, line)));
    });
    // Headings that repeat the title were counted but have no key.
    this.keyOwner = this.keyOwner.subarray(0, this.keyForm.length);
  }

  get size(): number {
    return this.items;
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

  /** The item's title, for the last tie-breaks: the form of its first key, read without decoding its note. */
  titleOf(item: number): string {
    return this.keyForm[this.itemKey[item] as number] as string;
  }

  /** Stable across builds of the same vault: `id`, `path`, `path:line`. */
  idOf(item: number): string {
    const kind = this.itemKind[item] as number;
    const of = this.itemOf[item] as number;
    if (kind === KIND_CONCEPT) return (this.concepts[of] as Concept).id;
    const note = this.notes[of] as NoteRecord;
    return kind === KIND_NOTE ? note.path : `${note.path}:${this.itemLine[item] as number}`;
  }

  private addItem(kind: number, of: number, sub: number, rank: number, line = 0): number {
    const item = this.items++;
    this.itemKind[item] = kind;
    this.itemOf[item] = of;
    this.itemSub[item] = sub;
    this.itemKey[item] = this.keyForm.length;
    this.itemLine[item] = line;
    this.itemRank[item] = rank;
    return item;
  }

  private addKey(form: string, item: number): void {
    this.keyOwner[this.keyForm.length] = item;
    this.keyForm.push(form);
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
