import type { ConceptUse, NoteRecord } from "../index/note-record";
import type { VaultIndex } from "../index/vault-index";
import { lastAtOrBefore } from "../text/last-at-or-before";
import { normalizeNoteText } from "../text/normalize-text";
import { cardId } from "./review-state";

/**
 * The review cards of a vault: every answered question, front the question and back its answer
 * as written. Open and unsure questions are not cards; they stay in the dashboard's queue.
 *
 * A card is named by its note's path and the question's key (a hash of the question's text and
 * its ordinal among identical questions of the note), so edits elsewhere in the note and moves of
 * the question within it keep the card. The path part follows renames: the plugin moves it on
 * the vault's rename event. What the name alone cannot follow (a link added to the question, a
 * typo fixed, a rename the plugin did not see) `reconcileCards` finds again by the question's text.
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

/** Every card of the vault, in path order, then line order. Linear in the vault's questions and mention lines. */
export function cardsFromIndex(index: VaultIndex): ReviewCard[] {
  const cards: ReviewCard[] = [];
  for (const path of index.paths()) {
    const note = index.note(path);
    if (!note) continue;
    const tags = note.tags.map((tag) => tag.toLowerCase());
    const conceptsOn = conceptsByLine(note);
    for (const question of note.questions) {
      if (question.status !== "answered" || !question.answerLines) continue;
      const { from, to } = question.answerLines;
      cards.push({
        id: cardId(path, question.key),
        path,
        key: question.key,
        title: note.title,
        line: question.line,
        question: question.text,
        answerLines: { from, to },
        concepts: conceptsOn(question.line, from, to),
        tags,
      });
    }
  }
  return cards;
}

/**
 * The concepts mentioned on a question's line or the lines of its answer, in the note's order of
 * its concepts (most mentioned first). Each line's concepts are looked up, not every concept's
 * lines scanned for each question: a note of 40,000 questions stays linear.
 */
function conceptsByLine(note: NoteRecord): (line: number, from: number, to: number) => string[] {
  const byLine = new Map<number, number[]>();
  const uses = note.concepts; // made when asked for: once, not once a question
  uses.forEach((use, rank) => {
    for (const line of use.lines) {
      const ranks = byLine.get(line);
      if (!ranks) byLine.set(line, [rank]);
      else if (ranks[ranks.length - 1] !== rank) ranks.push(rank);
    }
  });
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  return (line, from, to) => {
    const ranks = new Set<number>(byLine.get(line));
    // From the first line with a mention at or after `from`: a long answer with few mentions costs its mentions, not its length.
    let at = lastAtOrBefore(lines, from);
    if ((lines[at] ?? Infinity) < from) at++;
    for (; at < lines.length && (lines[at] as number) <= to; at++) for (const rank of byLine.get(lines[at] as number) as number[]) ranks.add(rank);
    return [...ranks].sort((a, b) => a - b).map((rank) => (uses[rank] as ConceptUse).conceptId);
  };
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
