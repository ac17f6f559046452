import type { Question, QuestionStatus } from "./note-types";
import type { LineInfo } from "./line-structure";
import { stableHash } from "../text/stable-hash";

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

/** Phrases that say the learner does not understand yet (compared in lower case). */
const UNSURE_PHRASES = [
  "모르겠", "이해를 못", "이해 못", "이해가 안", "기억이 안", "잘 모름", "잘 모르",
  "not sure", "don't get", "do not get", "don't understand", "do not understand", "no idea",
];

const LIST_PREFIX = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\][ \t]+)?/;
const EMPHASIS_PREFIX = /^(?:==|\*\*|__|\*|_)+/;
const ANSWER_MARKER = /^(?:->|=>|→|A[.:])[ \t]*/;

type QuestionDraft = Omit<Question, "concepts">;

export function findQuestions(text: string, prose: string, lines: LineInfo[], options: QuestionOptions): QuestionDraft[] {
  const starts = lines.map((line) => questionTextStart(text, prose, line, options));
  const blockEnds = codeBlockEnds(lines);
  const drafts: QuestionDraft[] = [];
  const keyCounts = new Map<string, number>();
  starts.forEach((start, index) => {
    if (start === -1) return;
    const line = lines[index] as LineInfo;
    const questionText = stripMarkup(text.slice(start, line.end));
    const last = line.list ? listAnswerEnd(text, lines, index, blockEnds) : blockAnswerEnd(lines, index, starts, blockEnds);
    const first = firstNonBlank(lines, index + 1, last);
    const answerLines = first === -1 ? [] : contentLines(text, lines, first, last);
    const baseKey = stableHash(questionText.replace(/\s+/g, " ").toLowerCase());
    const seen = keyCounts.get(baseKey) ?? 0;
    keyCounts.set(baseKey, seen + 1);
    const draft: QuestionDraft = {
      line: index + 1,
      text: questionText,
      answer: answerSummary(answerLines),
      status: statusOf(answerLines),
      key: seen === 0 ? baseKey : `${baseKey}-${seen + 1}`,
    };
    if (first !== -1) draft.answerLines = { from: first + 1, to: last + 1 };
    drafts.push(draft);
  });
  return drafts;
}

/** Offset where the question's own text starts (after its marker), or -1 when not a question. */
function questionTextStart(text: string, prose: string, line: LineInfo, options: QuestionOptions): number {
  if (line.kind !== "text" && line.kind !== "heading") return -1;
  let at = line.list ? line.list.textStart : line.contentStart;
  if (line.kind === "heading") at = text.indexOf(" ", line.contentStart) + 1 || line.end;
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

/** Last line index of a list item question's answer (the question's own index when none). */
function listAnswerEnd(text: string, lines: LineInfo[], index: number, blockEnds: Map<number, number>): number {
  const question = lines[index] as LineInfo;
  const markerIndent = (question.list as { indent: number }).indent;
  let last = index;
  let afterBlank = false;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "blank") {
      afterBlank = true;
      continue;
    }
    if (line.quoteDepth < question.quoteDepth || line.kind === "heading" || line.kind === "rule") break;
    if (line.list && line.list.indent <= markerIndent) break; // a sibling or a parent item
    const nested = line.indent > markerIndent;
    if (line.kind === "fence") {
      if (!nested) break;
      last = j = blockEnds.get(j) ?? j;
      afterBlank = false;
      continue;
    }
    if (nested || (!afterBlank && !line.list) || startsWithAnswerMarker(text, line)) {
      last = j;
      afterBlank = false;
      continue;
    }
    break;
  }
  return last;
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

interface AnswerLine {
  text: string;
  code: boolean;
  /** A blank line came before this one inside the answer. */
  afterBlank: boolean;
}

function contentLines(text: string, lines: LineInfo[], from: number, to: number): AnswerLine[] {
  const out: AnswerLine[] = [];
  let afterBlank = false;
  for (let j = from; j <= to; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "blank" || line.kind === "fence") {
      afterBlank = afterBlank || line.kind === "blank";
      continue;
    }
    if (line.kind === "code") {
      out.push({ text: text.slice(line.start, line.end).trim(), code: true, afterBlank });
    } else {
      const raw = text.slice(line.contentStart, line.end).trim().replace(LIST_PREFIX, "");
      const stripped = stripMarkup(raw.replace(EMPHASIS_PREFIX, "").replace(ANSWER_MARKER, ""));
      if (stripped !== "") out.push({ text: stripped, code: false, afterBlank });
    }
    afterBlank = false;
  }
  return out;
}

function statusOf(answer: AnswerLine[]): QuestionStatus {
  if (answer.length === 0) return "open";
  const prose = answer.filter((line) => !line.code);
  const lower = prose.map((line) => line.text.toLowerCase());
  if (lower.some((line) => UNSURE_PHRASES.some((phrase) => line.includes(phrase)))) return "unsure";
  if (prose.length === answer.length && prose.every((line) => /[?？]$/.test(line.text))) return "unsure";
  return "answered";
}

/** The first block of the answer (up to its first blank line), at most five lines. */
function answerSummary(answer: AnswerLine[]): string {
  const lines: string[] = [];
  for (const line of answer) {
    if (lines.length > 0 && (line.afterBlank || lines.length === 5)) break;
    lines.push(line.text);
  }
  const summary = lines.join("\n");
  return summary.length > 400 ? summary.slice(0, 399) + "…" : summary;
}

/** Removes emphasis and highlight markers, keeps the words. */
function stripMarkup(line: string): string {
  return line.replace(/==|\*\*|__/g, "").trim();
}
