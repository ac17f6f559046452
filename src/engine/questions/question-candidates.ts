import type { QuestionKind } from "../parse/note-types";
import type { LineInfo } from "../markdown/line-structure";
import { bodyRowCells } from "../markdown/tables";
import { ANSWER_MARKER, EMPHASIS_PREFIX, LIST_PREFIX, stripMarkup } from "./answer-lines";
import { answersAQuestion, QUESTION_CALLOUTS, quoteMarks, type Callout } from "./callouts";
import { asks, asksAsQuiz, asksByNoun, asksInEnglish, inlineAnswer, isQuestionHeading } from "./question-wording";

/**
 * The lines that may be questions besides marker lines: question callouts, and lines worded as
 * questions where the note says questions are meant (under a question heading, in the body of a
 * question callout whose title is only a label), list items that ask when `listItemQuestions` is
 * on, and headings that ask when `headingQuestions` is on. Which of them stay questions (not
 * inside another one's answer) is decided by the caller.
 */

export interface Candidate {
  /** Line index of the question. */
  index: number;
  /** Offset where the question's words start (ignored when `text` is given). */
  start: number;
  /** The question's words, when they are not the rest of its line from `start`. */
  text?: string;
  kind: QuestionKind;
  /** Written as a question on purpose (a marker, a question callout): never dropped. */
  explicit: boolean;
  /**
   * How its answer is found: the item's nested lines, the blocks under it, a callout's body, a
   * heading's section, or the other cells of its table row (`stated`), never a line below.
   */
  shape: "list" | "block" | "callout" | "section" | "row";
  /** A table row's other cells, which answer the question of its first cell ("" when they are empty). */
  stated?: string;
  /** Last line index its answer may reach (the end of the callout holding it). */
  limit?: number;
  /** A heading whose section is a rhetorical list of questions: the list is its answer. */
  answeredByList?: boolean;
}

interface Options {
  markers: readonly string[];
  listItemQuestions: boolean;
  headingQuestions: boolean;
}

/**
 * Lines whose words are a checklist step that happens to end in a question (`Check X — what
 * runs?`), in a list or under a question heading (a scenario's debugging steps).
 */
const INSTRUCTION = /^(?:check|verify|make sure|ensure|confirm|run|try|see|look at|read)\b/i;
/** An item that is only a link (`- [[왜 도커인가?]]`): the linked note's title, not a question. */
const ONLY_LINK = /^(?:!?\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\))$/;

export function findInferred(text: string, prose: string, lines: readonly LineInfo[], callouts: readonly Callout[], markers: readonly Candidate[], options: Options): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set(markers.map((m) => m.index));
  /** For lines in the body of a question callout whose title is a label: the line its answers may reach. */
  // Made only for a note with callouts: most notes have none, and a Map a note was garbage.
  let askingBody: Map<number, number> | null = null;
  const byHeader = callouts.length === 0 ? null : new Map(callouts.map((c) => [c.header, c]));
  for (const callout of callouts) {
    if (!QUESTION_CALLOUTS.has(callout.type) || taken.has(callout.header)) continue;
    taken.add(callout.header);
    const answerLast = withAnswerCallout(lines, byHeader as Map<number, Callout>, callout);
    const first = firstContent(text, lines, callout.header + 1, callout.last);
    const title = withoutMarker(stripMarkup(callout.title), options.markers);
    const bodyAsks = first !== -1 && lineAsks(wordsOf(text, lines[first] as LineInfo), true);
    if (title !== "" && (asks(title) || asksInEnglish(title) || !bodyAsks)) {
      out.push({ index: callout.header, start: 0, text: title, kind: "callout", explicit: true, shape: "callout", limit: answerLast });
    } else if (first !== -1 && bodyAsks) {
      // No title, or a label: the body's lines that ask are the questions. (No title and a body
      // that does not ask, as documentation shows the callout, is no question.)
      const onlyQuestion = firstContent(text, lines, first + 1, callout.last) === -1;
      askingBody ??= new Map<number, number>();
      for (let j = callout.header + 1; j <= callout.last; j++) askingBody.set(j, onlyQuestion ? answerLast : callout.last);
    }
  }

  // The heading above the line: its index (-1 before the first), whether it asks, whether it
  // says questions follow. Three variables, not an object a heading.
  let headingIndex = -1;
  let headingAsks = false;
  let headingQuestions = false;
  // The level of the heading that labels a section of questions (`## Q&A`, `## 궁금한 점`)
  // whose subsections (`### Docker`) the line is in; 0 outside any. A heading that asks itself
  // (`## Q4. 꼬리 질문은 어떻게 보완하나요?`) is one question: its subsections (`### 답변`) answer it.
  let questionsLevel = 0;
  const listItems: Array<{ candidate: Candidate; heading: number; parent: string; indent: number }> = [];
  const parents: Array<{ indent: number; index: number }> = [];
  let breaks = 0; // lines that end every list above them: items on either side are not siblings
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineInfo;
    if (line.kind === "heading") {
      const words = headingWords(text, line);
      headingIndex = i;
      headingAsks = asks(words);
      if (questionsLevel !== 0 && line.headingLevel <= questionsLevel) questionsLevel = 0;
      const labelsQuestions = isQuestionHeading(words);
      headingQuestions = labelsQuestions || questionsLevel !== 0;
      if (questionsLevel === 0 && labelsQuestions && !headingAsks) questionsLevel = line.headingLevel;
      if (parents.length > 0) parents.length = 0; // setting a length is a call into the runtime
      breaks++;
      if (options.headingQuestions && !taken.has(i) && (headingAsks || asksInEnglish(words))) {
        out.push({ index: i, start: 0, text: words, kind: "heading", explicit: false, shape: "section" });
      }
      continue;
    }
    if (line.kind !== "text") continue;
    const inBody = askingBody === null ? undefined : askingBody.get(i);
    const inQuestions = inBody !== undefined || headingQuestions;
    // Most lines are in none of the places questions are looked for: nothing more to read.
    if (!inQuestions && !options.listItemQuestions && !headingAsks) continue;
    if (line.list) {
      while (parents.length > 0 && (parents[parents.length - 1] as { indent: number }).indent >= line.list.indent) parents.pop();
    } else if (parents.length > 0) {
      while (parents.length > 0 && (parents[parents.length - 1] as { indent: number }).indent >= line.indent) parents.pop();
      if (parents.length === 0) breaks++;
    }
    const parent = parents.length > 0 ? String((parents[parents.length - 1] as { index: number }).index) : `top ${breaks}`;
    if (line.list) parents.push({ indent: line.list.indent, index: i });
    if (taken.has(i)) continue;
    const rhetoricalPlace = line.list !== null && headingAsks;
    if (!inQuestions && !(line.list && options.listItemQuestions) && !rhetoricalPlace) continue;
    if (line.table) {
      // A table of questions (`| 질문 | 좋은 답변 |`): a row asks in its first cell and is answered in the others.
      const row = inQuestions ? questionRow(text, lines, i) : null;
      if (row) out.push({ index: i, start: 0, text: row.question, kind: inBody !== undefined ? "callout" : "section", explicit: false, shape: "row", stated: row.answer, ...(inBody !== undefined ? { limit: inBody } : {}) });
      continue;
    }
    const words = wordsOf(prose, line);
    if (words === "") continue;
    // A line led by an answer marker (`-> 그럼 왜 다른 거지?`) answers the line above, even when it
    // asks back: that question is unsure, not followed by another.
    if (ANSWER_MARKER.test(words)) continue;
    // The words with their code and links: what the question says, and what it starts with.
    const written = wordsOf(text, line);
    if (ONLY_LINK.test(written)) continue;
    if (inQuestions ? INSTRUCTION.test(words) || !lineAsks(words, true, written) : !listItemAsks(words)) continue;
    const candidate: Candidate = {
      index: i,
      start: 0,
      text: written,
      kind: inBody !== undefined ? "callout" : inQuestions ? "section" : "list",
      explicit: false,
      shape: line.list ? "list" : "block",
    };
    if (inBody !== undefined) candidate.limit = inBody;
    // Items that ask under a heading that asks are counted for the rhetorical rule even when they are not questions.
    if (inQuestions || options.listItemQuestions) out.push(candidate);
    if (rhetoricalPlace) listItems.push({ candidate, heading: headingIndex, parent, indent: (line.list as { indent: number }).indent });
  }
  return dropRhetorical(out, listItems);
}

/**
 * Three or more sibling items that ask, under a heading that asks (`## 쿠버네티스는 뭘 해 주나?`
 * then `- 스케줄링?`, `- 모니터링?`, `- 재시작?`), are one rhetorical question: the heading's.
 */
function dropRhetorical(candidates: Candidate[], listItems: ReadonlyArray<{ candidate: Candidate; heading: number; parent: string; indent: number }>): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const item of listItems) {
    const key = `${item.heading}:${item.parent}:${item.indent}`;
    const group = groups.get(key);
    if (group) group.push(item.candidate);
    else groups.set(key, [item.candidate]);
  }
  const rhetorical = new Set<Candidate>();
  const headings = new Set<number>();
  for (const [key, group] of groups) {
    if (group.length < 3) continue;
    for (const candidate of group) rhetorical.add(candidate);
    headings.add(Number(key.slice(0, key.indexOf(":"))));
  }
  if (rhetorical.size === 0) return candidates;
  for (const candidate of candidates) if (candidate.kind === "heading" && headings.has(candidate.index)) candidate.answeredByList = true;
  return candidates.filter((c) => !rhetorical.has(c));
}

/**
 * A line that asks (`questionsMeant`: where questions are meant, under a question heading or in a
 * question callout). `written`: the line's words with its code spans, for the English start: a
 * prose blanks them, and "`var` is hoisted up, …" read without its code starts as "is hoisted
 * up", which asks.
 */
function lineAsks(words: string, questionsMeant: boolean, written = words): boolean {
  return asks(words, questionsMeant) || asksAsQuiz(words) || (questionsMeant && (asksInEnglish(written) || asksByNoun(words))) || inlineAnswer(words, false) !== null;
}

/**
 * A body row of a table whose first cell asks with a `?`: that cell, and the row's other cells
 * that say something. Only with a `?`: a table of checks for readers (`| 이 서비스는 fail-fast하는가 |
 * 왜 필요한가 |`) asks in its first column too, and its other columns are reasons, not answers.
 */
function questionRow(text: string, lines: readonly LineInfo[], index: number): { question: string; answer: string } | null {
  const cells = bodyRowCells(text, lines, index);
  const question = cells && cells.length > 0 ? stripMarkup(cells[0] as string) : "";
  if (!/[?？]$/.test(question) || !lineAsks(question, true)) return null;
  return { question, answer: (cells as string[]).slice(1).map(stripMarkup).filter((cell) => cell !== "").join(" · ") };
}

/** A list item that asks: ends as a question, or asks and answers itself (`도커란? 컨테이너 플랫폼`). */
function listItemAsks(words: string): boolean {
  if (INSTRUCTION.test(words)) return false;
  return asks(words) || asksAsQuiz(words) || inlineAnswer(words, false) !== null;
}

/** The line's words: quote, list and task markers and emphasis taken off. */
function wordsOf(source: string, line: LineInfo): string {
  const from = quoteMarks(source, line.start, line.end).after;
  const raw = source.slice(from, line.end).trim().replace(LIST_PREFIX, "").replace(EMPHASIS_PREFIX, "");
  return stripMarkup(raw);
}

function headingWords(text: string, line: LineInfo): string {
  const trimmed = text.slice(line.contentStart, line.end).trim();
  // `/^#{1,6}/` taken off by hand: a regex and a copy a heading.
  let hashes = 0;
  while (hashes < 6 && trimmed.charCodeAt(hashes) === 35 /* # */) hashes++;
  const heading = trimmed.slice(hashes);
  // Closing `#`s taken off by hand: `/[ \t]+#+[ \t]*$/` backtracks over a heading of spaces.
  let end = heading.length;
  while (end > 0 && heading.charCodeAt(end - 1) === 35 /* # */) end--;
  const cut = end < heading.length && end > 0 && /[ \t]/.test(heading[end - 1] as string) ? end : heading.length;
  return stripMarkup(heading.slice(0, cut));
}

function withoutMarker(title: string, markers: readonly string[]): string {
  for (const marker of markers) if (marker !== "" && title.startsWith(marker)) return title.slice(marker.length).trim();
  return title;
}

/** The callout's last line, or the last line of an answer callout that follows it (blank lines between). */
function withAnswerCallout(lines: readonly LineInfo[], byHeader: ReadonlyMap<number, Callout>, callout: Callout): number {
  let next = callout.last + 1;
  while (next < lines.length && (lines[next] as LineInfo).kind === "blank") next++;
  const after = byHeader.get(next);
  return after && after.depth === callout.depth && answersAQuestion(after) ? after.last : callout.last;
}

/** The first line from `from` to `to` that holds more than `>` markers, or -1. */
function firstContent(text: string, lines: readonly LineInfo[], from: number, to: number): number {
  for (let j = from; j <= to; j++) {
    const line = lines[j] as LineInfo;
    // An indented `>` line with nothing after it is "text" to the line structure: count its markers here.
    if (line.kind !== "blank" && quoteMarks(text, line.start, line.end).after < line.end) return j;
  }
  return -1;
}
