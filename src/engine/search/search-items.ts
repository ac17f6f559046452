import { ConceptSet } from "../concepts/concept-set";
import type { VaultIndex } from "../index/vault-index";
import { SearchKeyBuilder, type SearchKey } from "./search-keys";
import type { SearchKind, SearchTarget } from "./search-result";

/**
 * One searchable thing, with everything a keystroke needs already computed: its keys, and the
 * numbers it is ranked by when it matches as well as another item.
 */
export interface SearchItem {
  target: SearchTarget;
  /** Name first, then aliases (concepts and notes), or the question text. Never empty. */
  keys: SearchKey[];
  /** Concepts before notes before questions, when equally good: 0, 1, 2. */
  kindRank: number;
  /** How much the vault uses it, more first: concept mentions, note questions; 0 for questions. */
  use: number;
  /** Lowercase title, the last tie-break, in code-point order: the same order on every platform. */
  sortTitle: string;
  /** Stable across builds of the same vault, for a total order (`id`, `path`, `path:line`). */
  id: string;
}

const KIND_RANK: Record<SearchKind, number> = { concept: 0, note: 1, question: 2 };

/**
 * A question line can be a paragraph; its first characters are what a learner types to find
 * it, and a bound keeps a keystroke's cost independent of how long people write.
 */
const MAX_QUESTION_KEY_LENGTH = 200;

/**
 * Every concept (mentioned or not: a learner may look one up before writing about it), every
 * note, every question, in a fixed order: concepts as the concept set lists them, then notes and
 * their questions by path.
 */
export function buildSearchItems(index: VaultIndex, keys: SearchKeyBuilder = new SearchKeyBuilder()): SearchItem[] {
  const items: SearchItem[] = [];
  const add = (target: SearchTarget, forms: readonly string[], use: number, id: string): void => {
    const itemKeys = keysOf(forms, keys);
    if (itemKeys.length === 0) return;
    items.push({ target, keys: itemKeys, kindRank: KIND_RANK[target.kind], use, sortTitle: target.title.toLowerCase(), id });
  };

  for (const concept of index.concepts.concepts) {
    const notes = index.notesMentioning(concept.id);
    let mentions = 0;
    for (const count of notes.values()) mentions += count;
    const names = ConceptSet.aliasesOf(concept);
    const target: SearchTarget = { kind: "concept", conceptId: concept.id, title: concept.name, aliases: names.slice(1), mentions, notes: notes.size };
    const notePath = index.conceptNote(concept.id);
    if (notePath !== undefined) target.notePath = notePath;
    add(target, names, mentions, concept.id);
  }

  const paths = index.paths();
  for (const path of paths) {
    const note = index.note(path);
    if (!note) continue;
    const open = note.questions.filter((q) => q.status === "open").length;
    const unsure = note.questions.filter((q) => q.status === "unsure").length;
    const target: SearchTarget = {
      kind: "note", path, title: note.title, aliases: [...note.aliases],
      questions: { open, unsure, total: note.questions.length }, concepts: note.concepts.length,
    };
    add(target, [note.title, ...note.aliases], note.questions.length, path);
  }

  for (const path of paths) {
    const note = index.note(path);
    if (!note) continue;
    for (const question of note.questions) {
      const target: SearchTarget = { kind: "question", path, line: question.line, title: question.text, aliases: [], status: question.status, noteTitle: note.title };
      add(target, [question.text.slice(0, MAX_QUESTION_KEY_LENGTH)], 0, `${path}:${question.line}`);
    }
  }
  return items;
}

/** Keys of the forms, the first of equal ones kept (`Docker` and `docker` are one key). */
function keysOf(forms: readonly string[], builder: SearchKeyBuilder): SearchKey[] {
  const out: SearchKey[] = [];
  const seen = new Set<string>();
  for (const form of forms) {
    const key = builder.key(form);
    if (!key || seen.has(key.jamo)) continue;
    seen.add(key.jamo);
    out.push(key);
  }
  return out;
}
