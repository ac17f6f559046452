import type { Question, QuestionKind } from "../parse/note-types";
import type { LineInfo } from "../markdown/line-structure";
import { ANSWER_MARKER, AnswerLines, EMPHASIS_PREFIX, stripMarkup } from "./answer-lines";
import { blockAnswerEnd, codeBlockEnds, firstNonBlank, listAnswerEnds, sectionEnd } from "./answer-ranges";
import { findCallouts } from "./callouts";
import { splitNumberedAnswers, type MeasuredQuestion } from "./numbered-answers";
import { findInferred, type Candidate } from "./question-candidates";
import { inlineAnswer } from "./question-wording";
import { QuestionKeys } from "./question-keys";

/**
 * Questions as learners write them, and what they wrote under them.
 *
 * Written as questions on purpose, and always read:
 * - a line whose text, after block-quote, list and task markers and any `==` or `**` around it,
 *   starts with a question marker (`Q.` or `Q:` by default), looked for in the prose, so a `Q.`
 *   inside code or an HTML attribute is not a question;
 * - a callout of type question, faq or help: its title is the question and its body (and an
 *   answer callout right after it) the answer; a title that does not ask (`Exercise 3`) leaves the
 *   questions to its body.
 *
 * Worded as questions (see `question-candidates.ts`): lines that ask under a question heading
 * (궁금증, 질문, Questions), list items that ask with `listItemQuestions`, and headings that ask
 * with `headingQuestions` (review cards their section answers, never open questions). A line inside
 * another question's answer is never a question of its own.
 *
 * The answer of a question in a list item is what follows it up to its next sibling, parent or
 * heading (see `listAnswerEnds`); of any other question, the blocks that follow up to the next
 * question, heading or rule. A question is open when nothing is under it, unsure when what is
 * under it only asks or says it is not understood, else answered; a question that states its own
 * answer on its line (`Q. 왜 안 되지? -> 포트가 막혀서`) is answered.
 */

export interface QuestionOptions {
  markers: readonly string[];
  /** List items that ask (`- 왜 etcd를 쓰지?`, `- 재시작하면 IP가 바뀌는가`) are questions. */
  listItemQuestions: boolean;
  /** Headings that ask (`## 쿠버네티스란?`) are questions their section answers: review cards, never open. */
  headingQuestions: boolean;
}

export const DEFAULT_QUESTION_OPTIONS: QuestionOptions = { markers: ["Q.", "Q:"], listItemQuestions: false, headingQuestions: false };

type QuestionDraft = Omit<Question, "concepts">;

export function findQuestions(text: string, prose: string, lines: LineInfo[], options: QuestionOptions): QuestionDraft[] {
  const candidates: Candidate[] = [];
  // A loop, not `lines.forEach`: every line of the vault passes here, and most are no question.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as LineInfo;
    if (line.kind !== "text" && line.kind !== "heading") continue;
    const start = markerTextStart(text, prose, line, options.markers);
    if (start !== -1) candidates.push({ index, start, kind: "marker", explicit: true, shape: line.list ? "list" : "block" });
  }
  const callouts = findCallouts(text, lines);
  candidates.push(...findInferred(text, prose, lines, callouts, candidates, options));
  if (candidates.length === 0) return [];
  if (!inOrder(candidates, (c) => c.index)) candidates.sort((a, b) => a.index - b.index);

  const blockEnds = codeBlockEnds(lines);
  const { accepted, measured } = acceptOutsideAnswers(text, lines, candidates, blockEnds);
  // When every candidate but headings is written on purpose, none was dropped and each answer was
  // measured against the questions that stay: the ends are kept, not measured again (with a
  // second pass of the list answers). Else the answers are measured against those that stay
  // (a dropped worded line no longer ends a list answer it was inside).
  const same = candidates.every((c) => c.kind === "heading" || c.explicit);
  const starts = same ? null : new Set(accepted.filter((c) => c.kind !== "heading").map((c) => c.index));
  const isStart = (j: number): boolean => (starts as Set<number>).has(j);
  const listEnds = starts ? listAnswerEnds(text, lines, new Set(accepted.filter((c) => c.shape === "list").map((c) => c.index)), isStart, blockEnds) : null;
  const found: Array<MeasuredQuestion & { candidate: Candidate }> = accepted.map((candidate, i) => {
    const last = listEnds && candidate.kind !== "heading" ? answerEnd(text, lines, candidate, listEnds, isStart, blockEnds) : (measured[i] as number);
    return { candidate, first: firstNonBlank(lines, candidate.index + 1, last), last };
  });
  splitNumberedAnswers(text, lines, found);
  const answered = found.filter((q) => q.first !== -1);
  if (!inOrder(answered, (q) => q.first)) answered.sort((a, b) => a.first - b.first);
  const answers = new AnswerLines(text, prose, lines, answered);
  const keys = new QuestionKeys();
  const drafts: QuestionDraft[] = [];
  for (const { candidate, first, last, part } of found) {
    const questionText = candidate.text ?? stripMarkup(text.slice(candidate.start, (lines[candidate.index] as LineInfo).end));
    let status = first === -1 ? "open" : answers.status(first, last);
    let answer = first === -1 ? "" : (part ?? answers.summary(first, last));
    const answerLines = first === -1 ? undefined : { from: first + 1, to: last + 1 };
    if (candidate.stated) {
      status = "answered";
      answer = candidate.stated;
    } else if (status === "open") {
      // Answered on its own line: no lines under it, so no card (its front would show the answer).
      const stated = inlineAnswer(questionText, candidate.explicit);
      if (stated !== null) {
        status = "answered";
        answer = stated;
      }
    }
    // A rhetorical list (`- 스케줄링?`, `- 모니터링?`, `- 재시작?`) answers the heading that asks it.
    if (candidate.answeredByList && status === "unsure") status = "answered";
    // A heading that asks is explained by its section: a card when it is, never an open question.
    if (candidate.kind === "heading" && status !== "answered") continue;
    const draft: QuestionDraft = { line: candidate.index + 1, text: questionText, answer, status, key: keys.next(questionText), kind: candidate.kind };
    if (answerLines) draft.answerLines = answerLines;
    drafts.push(draft);
  }
  return drafts;
}

/**
 * The candidates that are not inside an earlier question's answer. Questions written on purpose
 * (markers, callouts) always count, and their answers are measured without the worded ones, so
 * that `Q. 왜?` followed by `- 아마 캐시 때문일까?` keeps the second line as its answer.
 */
function acceptOutsideAnswers(text: string, lines: LineInfo[], candidates: Candidate[], blockEnds: Map<number, number>): { accepted: Candidate[]; measured: number[] } {
  const explicit = new Set(candidates.filter((c) => c.explicit).map((c) => c.index));
  const every = new Set(candidates.filter((c) => c.kind !== "heading").map((c) => c.index));
  const listEnds = listAnswerEnds(text, lines, new Set(candidates.filter((c) => c.shape === "list").map((c) => c.index)), (j) => every.has(j), blockEnds);
  const accepted: Candidate[] = [];
  /** The answer's last line of each accepted question, as measured here. */
  const measured: number[] = [];
  let coveredUntil = -1;
  for (const candidate of candidates) {
    if (candidate.kind === "heading") {
      accepted.push(candidate); // a heading ends every answer above it, and covers nothing
      measured.push(sectionEnd(lines, candidate.index));
      continue;
    }
    if (!candidate.explicit && candidate.index <= coveredUntil) continue;
    accepted.push(candidate);
    const starts = candidate.explicit ? explicit : every;
    const last = answerEnd(text, lines, candidate, listEnds, (j) => starts.has(j), blockEnds);
    measured.push(last);
    coveredUntil = Math.max(coveredUntil, last);
  }
  return { accepted, measured };
}

function answerEnd(text: string, lines: LineInfo[], candidate: Candidate, listEnds: Map<number, number>, isStart: (j: number) => boolean, blockEnds: Map<number, number>): number {
  const limit = candidate.limit ?? lines.length - 1;
  switch (candidate.shape) {
    case "list":
      return Math.min(limit, listEnds.get(candidate.index) ?? candidate.index);
    case "block":
      return blockAnswerEnd(lines, candidate.index, isStart, blockEnds, limit, (j) => headingAnswers(text, lines[j] as LineInfo));
    case "callout":
      return limit;
    case "section":
      return sectionEnd(lines, candidate.index);
    case "row":
      return candidate.index;
  }
}

/** Offset where a marker question's own text starts (after its marker), or -1 when the line (text or heading) has no marker. */
function markerTextStart(text: string, prose: string, line: LineInfo, markers: readonly string[]): number {
  let at = line.list ? line.list.textStart : line.contentStart;
  // After the heading's `#`s. (Searching for the next space instead ran past a `#\tQ.` or bare `#`
  // heading into later lines: a quadratic search, and a question with the text of another line.)
  if (line.kind === "heading") at = text.indexOf("#", line.contentStart) + line.headingLevel;
  while (at < line.end && isSpace(prose, at)) at++;
  // Most lines start with neither emphasis nor a marker's first character: no copy, no regex, no
  // closure (`markers.some(…)` allocated one a line).
  const first = prose.charCodeAt(at);
  if (first !== 61 && first !== 42 && first !== 95 /* = * _ */ && !startsAMarker(markers, first)) return -1;
  at = afterEmphasis(prose, at, Math.min(at + 8, line.end));
  for (const marker of markers) {
    if (marker === "") continue;
    // `Q.E.D.` is a word, not a question: the marker must not run on into Latin letters. A marker
    // whose emphasis closes inside it (`==Q==.How …`) was set apart on purpose, and may.
    const end = !prose.startsWith(marker, at)
      ? splitMarkerEnd(prose, at, marker, line.end)
      : /[A-Za-z0-9]/.test(prose[at + marker.length] ?? "") ? -1 : at + marker.length;
    // A marker with nothing after it is a template's blank (`- **Q:**` over `> A:`), not a question.
    if (end !== -1) return SAYS_SOMETHING.test(text.slice(end, line.end)) ? end : -1;
  }
  return -1;
}

/**
 * Where a marker ends when emphasis closes between its first character and the rest
 * (`Q==.`, `Q**:`), or -1: the highlight or bold was meant for the marker alone.
 */
function splitMarkerEnd(prose: string, at: number, marker: string, lineEnd: number): number {
  if (marker.length < 2 || prose.charCodeAt(at) !== marker.charCodeAt(0)) return -1;
  const rest = afterEmphasis(prose, at + 1, Math.min(at + 9, lineEnd));
  return rest > at + 1 && prose.startsWith(marker.slice(1), rest) ? rest + marker.length - 1 : -1;
}

/** A letter or a digit: what a question's own text holds at least one of. */
const SAYS_SOMETHING = /[\p{L}\p{N}]/u;

function startsAMarker(markers: readonly string[], first: number): boolean {
  for (const marker of markers) if (marker.charCodeAt(0) === first) return true;
  return false;
}

/** Where `EMPHASIS_PREFIX` (`==`, `*`, `_` runs) matched at `at` of `text.slice(at, end)` would end, read in place. */
function afterEmphasis(text: string, at: number, end: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (at < end && (c === 42 || c === 95)) at++;
    else if (at + 1 < end && c === 61 && text.charCodeAt(at + 1) === 61) at += 2;
    else return at;
  }
}

/**
 * `/\s/` for one character, without a regex or a one-character string: most lines start with a
 * Hangul syllable, and `text[at]` of a two-byte character is a new string each time.
 */
function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A heading whose words start with an answer marker (`> ### A: 메모리 할당의 차이`). */
function headingAnswers(text: string, line: LineInfo): boolean {
  const words = text.slice(line.contentStart, line.end).replace(/^[\s#]*/, "").replace(EMPHASIS_PREFIX, "");
  return ANSWER_MARKER.test(words);
}

/**
 * Whether the items are already in order: they nearly always are (lines are read in order), and
 * `sort` copies the array even then.
 */
function inOrder<T>(items: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1] as T) > key(items[i] as T)) return false;
  return true;
}

export type { QuestionKind };
export { QuestionKeys };
