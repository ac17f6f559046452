import type { VaultIndex } from "../index/vault-index";
import { normalizeNoteText } from "../text/normalize-text";
import { cardId } from "./review-state";

/**
 * The review cards of a vault: every answered question, front the question and back its answer
 * as written. Open and unsure questions are not cards; they stay in the dashboard's queue.
 *
 * A card is named by its note's path and the question's key (a hash of the question's text and
 * its ordinal among identical questions of the note), so edits elsewhere in the note and moves of
 * the question within it keep the card; rewriting the question's text makes a new one. The path
 * part follows renames: the plugin moves it on the vault's rename event, and `reconcileCards`
 * catches renames the plugin did not see.
 */
export interface ReviewCard {
  id: string;
  path: string;
  key: string;
  /** The note's title, for display. */
  title: string;
  /** Line of the question (1-based). */
  line: number;
  /** The question, markers stripped. */
  question: string;
  /** Lines of the answer: the back of the card. */
  answerLines: { from: number; to: number };
  /** Ids of the concepts mentioned on the question's line or in its answer. */
  concepts: string[];
  /** The note's tags, in lower case. */
  tags: string[];
}

/** Every card of the vault, in path order, then line order. */
export function cardsFromIndex(index: VaultIndex): ReviewCard[] {
  const cards: ReviewCard[] = [];
  for (const path of index.paths()) {
    const note = index.note(path);
    if (!note) continue;
    const tags = note.tags.map((tag) => tag.toLowerCase());
    for (const question of note.questions) {
      if (question.status !== "answered" || !question.answerLines) continue;
      const { from, to } = question.answerLines;
      const concepts = note.concepts
        .filter((use) => use.lines.some((line) => line === question.line || (line >= from && line <= to)))
        .map((use) => use.conceptId);
      cards.push({
        id: cardId(path, question.key),
        path,
        key: question.key,
        title: note.title,
        line: question.line,
        question: question.text,
        answerLines: { from, to },
        concepts,
        tags,
      });
    }
  }
  return cards;
}

/** Which cards a review session takes: only those about a concept, or in notes with a tag. */
export interface CardFilter {
  concept?: string;
  /** Compared without case; `a` also takes notes tagged `a/b`, as the index's tag lookup does. */
  tag?: string;
}

export function matchesFilter(card: ReviewCard, filter: CardFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.concept !== undefined && !card.concepts.includes(filter.concept)) return false;
  if (filter.tag !== undefined) {
    const wanted = filter.tag.replace(/^#/, "").toLowerCase();
    if (!card.tags.some((tag) => tag === wanted || tag.startsWith(wanted + "/"))) return false;
  }
  return true;
}

/**
 * The back of a card: the answer's lines as the learner wrote them (embeds, links and code
 * included), less the indentation they share, so a nested list answer renders as a list and not
 * as a code block.
 */
export function answerMarkdown(noteText: string, answerLines: { from: number; to: number }): string {
  const lines = normalizeNoteText(noteText).split("\n").slice(answerLines.from - 1, answerLines.to);
  let shared: string | undefined;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
    if (shared === undefined || !indent.startsWith(shared)) shared = commonPrefix(shared ?? indent, indent);
  }
  const cut = shared?.length ?? 0;
  return lines.map((line) => (line.trim() === "" ? "" : line.slice(cut))).join("\n");
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
