import type { Question } from "../parse/note-types";
import type { LineInfo } from "../markdown/line-structure";
import { stableHash } from "../text/stable-hash";
import { ANSWER_MARKER, AnswerLines, EMPHASIS_PREFIX, stripMarkup } from "./answer-lines";

/**
 * Questions as learners write them, and what they wrote under them.
 *
 * A question is a line whose text, after block-quote, list and task markers and any `==` or `**`
 * around it, starts with a question marker (`Q.` or `Q:` by default). The marker is looked for in
 * the prose, so a `Q.` inside code or an HTML attribute is not a question. With
 * `listItemQuestions`, a list item ending in `?` is one too.
 *
 * The answer of a question in a list item is that item's continuation and nested children (and
 * an `->`/`A.` line right under it); of any other question, the blocks that follow up to the next
 * question, heading or rule, blank lines allowed. A question is open when nothing is under it,
 * unsure when what is under it is only questions or says it is not understood, else answered.
 */

export interface QuestionOptions {
  markers: readonly string[];
  listItemQuestions: boolean;
}

export const DEFAULT_QUESTION_OPTIONS: QuestionOptions = { markers: ["Q.", "Q:"], listItemQuestions: false };

type QuestionDraft = Omit<Question, "concepts">;

export function findQuestions(text: string, prose: string, lines: LineInfo[], options: QuestionOptions): QuestionDraft[] {
  const starts = lines.map((line) => questionTextStart(text, prose, line, options));
  if (starts.every((start) => start === -1)) return [];
  const blockEnds = codeBlockEnds(lines);
  const listEnds = listAnswerEnds(text, lines, starts, blockEnds);
  const found: Array<{ index: number; start: number; first: number; last: number }> = [];
  starts.forEach((start, index) => {
    if (start === -1) return;
    const last = (lines[index] as LineInfo).list ? (listEnds.get(index) as number) : blockAnswerEnd(lines, index, starts, blockEnds);
    found.push({ index, start, first: firstNonBlank(lines, index + 1, last), last });
  });
  const answers = new AnswerLines(text, lines, found.filter((q) => q.first !== -1));
  const keyCounts = new Map<string, number>();
  return found.map(({ index, start, first, last }) => {
    const questionText = stripMarkup(text.slice(start, (lines[index] as LineInfo).end));
    const baseKey = stableHash(questionText.replace(/\s+/g, " ").toLowerCase());
    const seen = keyCounts.get(baseKey) ?? 0;
    keyCounts.set(baseKey, seen + 1);
    const draft: QuestionDraft = {
      line: index + 1,
      text: questionText,
      answer: first === -1 ? "" : answers.summary(first, last),
      status: first === -1 ? "open" : answers.status(first, last),
      key: seen === 0 ? baseKey : `${baseKey}-${seen + 1}`,
    };
    if (first !== -1) draft.answerLines = { from: first + 1, to: last + 1 };
    return draft;
  });
}

/** Offset where the question's own text starts (after its marker), or -1 when not a question. */
function questionTextStart(text: string, prose: string, line: LineInfo, options: QuestionOptions): number {
  if (line.kind !== "text" && line.kind !== "heading") return -1;
  let at = line.list ? line.list.textStart : line.contentStart;
  // After the heading's `#`s. (Searching for the next space instead ran past a `#\tQ.` or bare `#`
  // heading into later lines: a quadratic search, and a question with the text of another line.)
  if (line.kind === "heading") at = text.indexOf("#", line.contentStart) + line.headingLevel;
  while (at < line.end && /\s/.test(prose[at] as string)) at++;
  const emphasis = EMPHASIS_PREFIX.exec(prose.slice(at, Math.min(at + 8, line.end)));
  if (emphasis) at += emphasis[0].length;
  for (const marker of options.markers) {
    // `Q.E.D.` is a word, not a question: the marker must not run on into Latin letters.
    if (marker !== "" && prose.startsWith(marker, at) && !/[A-Za-z0-9]/.test(prose[at + marker.length] ?? "")) return at + marker.length;
  }
  if (options.listItemQuestions && line.list) {
    const item = stripMarkup(prose.slice(at, line.end));
    if (item.length > 1 && (item.endsWith("?") || item.endsWith("？"))) return at;
  }
  return -1;
}

/** For each fence line that opens a code block, the index of the block's last line. */
function codeBlockEnds(lines: LineInfo[]): Map<number, number> {
  const ends = new Map<number, number>();
  let open = -1;
  lines.forEach((line, index) => {
    if (line.kind === "fence") {
      if (open === -1) {
        open = index;
        ends.set(index, index);
      } else {
        ends.set(open, index);
        open = -1;
      }
    } else if (line.kind === "code" && open !== -1) {
      ends.set(open, index);
    } else if (open !== -1) {
      open = -1; // the block ended without a closing fence (its quote ended)
    }
  });
  return ends;
}

/**
 * Last line index of the answer of every list-item question, in one pass over the note.
 *
 * An item's answer is its nested lines, the lines that continue it (no blank line before, not a
 * list item), and an `->`/`A.` line at the margin; it ends at a sibling or parent item, a heading
 * or rule, or a line less deeply quoted. Questions whose answers are still open form a stack, from
 * the outermost item in: their indents increase and their quote depths never decrease, so every
 * line that ends some of them ends the ones on top. Each question is pushed and popped once.
 */
function listAnswerEnds(text: string, lines: LineInfo[], starts: number[], blockEnds: Map<number, number>): Map<number, number> {
  const ends = new Map<number, number>();
  const open: Array<{ index: number; indent: number; quoteDepth: number }> = [];
  let reached = -1; // the last line the answers of all open questions reach
  let afterBlank = false;
  /** Ends the answers on top of the stack while `endsHere` says this line ends them. */
  const closeWhile = (endsHere: (q: { indent: number; quoteDepth: number }) => boolean): void => {
    for (let q = open[open.length - 1]; q && endsHere(q); q = open[open.length - 1]) ends.set((open.pop() as { index: number }).index, reached);
  };
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "blank") {
      afterBlank = true;
      continue;
    }
    if (open.length > 0) {
      if (line.kind === "heading" || line.kind === "rule") closeWhile(() => true);
      closeWhile((q) => line.quoteDepth < q.quoteDepth);
      if (line.list) closeWhile((q) => (line.list as { indent: number }).indent <= q.indent); // a sibling or a parent item
      // Questions this line is not nested under keep it only as a continuation or an answer line.
      const continues = line.kind !== "fence" && ((!afterBlank && !line.list) || startsWithAnswerMarker(text, line));
      if (!continues) closeWhile((q) => line.indent <= q.indent);
      if (open.length > 0 && line.kind === "fence") j = blockEnds.get(j) ?? j;
    }
    reached = j;
    afterBlank = false;
    if (line.list && starts[j] !== -1) open.push({ index: j, indent: line.list.indent, quoteDepth: line.quoteDepth });
  }
  closeWhile(() => true);
  return ends;
}

/** Last line index of the answer of a question outside a list. */
function blockAnswerEnd(lines: LineInfo[], index: number, starts: number[], blockEnds: Map<number, number>): number {
  const question = lines[index] as LineInfo;
  let last = index;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "blank") continue;
    if (line.quoteDepth < question.quoteDepth || line.kind === "heading" || line.kind === "rule") break;
    if (starts[j] !== -1) break;
    last = j = line.kind === "fence" ? (blockEnds.get(j) ?? j) : j;
  }
  return last;
}

/** An `->` or `A.` line at the left margin: an answer written under a list item after a blank line. */
function startsWithAnswerMarker(text: string, line: LineInfo): boolean {
  return line.kind === "text" && line.indent === 0 && ANSWER_MARKER.test(text.slice(line.contentStart, line.end).replace(EMPHASIS_PREFIX, ""));
}

function firstNonBlank(lines: LineInfo[], from: number, to: number): number {
  for (let j = from; j <= to; j++) if ((lines[j] as LineInfo).kind !== "blank") return j;
  return -1;
}

