import type { LineInfo } from "../markdown/line-structure";
import { clippedSummary, stripMarkup } from "./answer-lines";
import { firstNonBlank } from "./answer-ranges";

/**
 * One block of answers under a numbered list of questions, as study books write it:
 *
 *     1. 이미지 레이어는 왜 읽기 전용일까?
 *     2. 컨테이너를 지우면 쓰기 레이어는?
 *
 *     > 💡 **답변**:
 *     > **1) 레이어 공유:** …
 *     > **2) 쓰기 레이어:** …
 *
 * The block follows the last item, so by the list rules it is that item's answer and the items
 * above it have none. When the block, written after the list rather than inside its last item,
 * names a part for every item's number in order (`1)`, `2.`, `(3)`, `**1)`), each item's answer
 * is its part: the lines from its label to the next, or, when the parts run on in one line
 * (`답변: 1) … 2) … 3) …`), the words from its label to the next. A list nested under the last
 * item (the steps of its answer) is never split. A part whose label asks (`**1) 다 옮겨야?**`)
 * was read as a question of its own: it is its numbered question's answer instead.
 */

export interface MeasuredQuestion {
  /** The question's line, and whether it was written as one (a marker, a callout) rather than worded as one. */
  candidate: { index: number; explicit: boolean };
  /** First and last line of the answer; `first` is -1 when nothing is under the question. */
  first: number;
  last: number;
  /** The question's part of a line that answers several, when its answer is not whole lines. */
  part?: string;
}

/** Gives each question of such a list its part of the block; `found` is in line order, changed in place. */
export function splitNumberedAnswers(text: string, lines: readonly LineInfo[], found: MeasuredQuestion[]): void {
  for (let i = 0; i < found.length; ) {
    const start = found[i] as MeasuredQuestion;
    const number = itemNumber(text, lines[start.candidate.index] as LineInfo);
    if (number === null) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < found.length && (found[j] as MeasuredQuestion).first === -1 && nextItem(text, lines, (found[j] as MeasuredQuestion).candidate.index, (found[j + 1] as MeasuredQuestion).candidate.index)) j++;
    if (j > i) splitBlock(text, lines, found, i, j, number);
    i = j + 1;
  }
}

/** Splits the block under the list `found[i..j]` (numbered from `from`) among its questions, if it names every part. */
function splitBlock(text: string, lines: readonly LineInfo[], found: MeasuredQuestion[], i: number, j: number, from: number): void {
  const count = j - i + 1;
  const last = found[j] as MeasuredQuestion;
  const item = lines[last.candidate.index] as LineInfo;
  // Parts whose label asks were read as questions of their own, ending the block before them.
  let labels = j + 1;
  while (labels < found.length && isAskingLabel(text, lines, item, found[labels] as MeasuredQuestion, from, count)) labels++;
  const blockFirst = last.first !== -1 ? last.first : labels > j + 1 ? (found[j + 1] as MeasuredQuestion).candidate.index : -1;
  if (blockFirst === -1 || !afterTheList(item, lines[blockFirst] as LineInfo)) return;
  const blockLast = labels > j + 1 ? Math.max(last.last, (found[labels - 1] as MeasuredQuestion).last) : last.last;
  const parts = partStarts(text, lines, blockFirst, blockLast, from, count);
  const inline = parts ? null : partsInLine(text, lines, blockFirst, blockLast, from, count);
  if (!parts && !inline) return;
  for (let k = 0; k < count; k++) {
    const question = found[i + k] as MeasuredQuestion;
    if (inline) {
      question.first = question.last = inline.line;
      question.part = inline.parts[k];
      continue;
    }
    const label = (parts as number[])[k] as number;
    const partLast = k + 1 < count ? ((parts as number[])[k + 1] as number) - 1 : blockLast;
    // A label that is a title of its own (`**1) ELK vs EFK:**`) opens its part; the words under it are the answer.
    const partFirst = isTitle(text, lines[label] as LineInfo) ? firstNonBlank(lines, label + 1, partLast) : label;
    question.first = partFirst;
    question.last = partFirst === -1 ? -1 : partLast;
  }
  found.splice(j + 1, labels - j - 1);
}

/** Whether `question`, after the list whose last item is `item`, is a part's label worded as a question (`**2) 다 저장?**`). */
function isAskingLabel(text: string, lines: readonly LineInfo[], item: LineInfo, question: MeasuredQuestion, from: number, count: number): boolean {
  if (question.candidate.explicit) return false;
  const line = lines[question.candidate.index] as LineInfo;
  if (!afterTheList(item, line)) return false;
  const words = text.slice(line.start, line.end);
  for (let n = from; n < from + count; n++) if (partLabel(n).test(words)) return true;
  return false;
}

/** A line that is only bold words after its quote markers: a title over what follows it. */
function isTitle(text: string, line: LineInfo): boolean {
  return /^(?:>[ \t]*)*[ \t]*(?:\*\*[^*]+\*\*|__[^_]+__)[ \t]*$/.test(text.slice(line.start, line.end));
}

/** The label of part `n` at the start of a line: `1)`, `2.`, `(3)`, `**1)`, in a quote or not. */
function partLabel(n: number): RegExp {
  return new RegExp(`^(?:>[ \\t]*)*[ \\t]*(?:\\*\\*|__)?\\(?${n}[.)](?:[ \\t]|\\*\\*|__|$)`);
}

/** The number of an ordered list item (`3.`, `3)`), else null. */
function itemNumber(text: string, line: LineInfo): number | null {
  if (!line.list) return null;
  const marker = /^[ \t]*(\d{1,9})[.)]/.exec(text.slice(line.contentStart, line.list.itemStart));
  return marker ? Number(marker[1]) : null;
}

/** Whether the question at line `b` is the item right after the one at line `a`: the next line, as deep, numbered one more. */
function nextItem(text: string, lines: readonly LineInfo[], a: number, b: number): boolean {
  const first = lines[a] as LineInfo;
  const second = lines[b] as LineInfo;
  if (b !== a + 1 || !first.list || !second.list || first.list.indent !== second.list.indent || first.quoteDepth !== second.quoteDepth) return false;
  const n = itemNumber(text, first);
  return n !== null && itemNumber(text, second) === n + 1;
}

/** Whether an answer starting at `answer` stands after the list (a quote, or a line less indented than the item's content), not inside its item. */
function afterTheList(item: LineInfo, answer: LineInfo): boolean {
  return answer.quoteDepth > item.quoteDepth || (answer.quoteDepth === item.quoteDepth && answer.indent < (item.list?.contentIndent ?? 0));
}

/** The first line of each part `from`, `from + 1` … of a block of answers, in order; null unless every part is there. */
function partStarts(text: string, lines: readonly LineInfo[], first: number, last: number, from: number, count: number): number[] | null {
  const starts: number[] = [];
  let j = first;
  for (let n = from; n < from + count; n++) {
    const label = partLabel(n);
    while (j <= last && !label.test(text.slice((lines[j] as LineInfo).start, (lines[j] as LineInfo).end))) j++;
    if (j > last) return null;
    starts.push(j);
    j++;
  }
  return starts;
}

/**
 * The parts `from)`, `from + 1)` … of one line of the block, each the words from its label to the
 * next (markup stripped); null unless one line holds every label in order. Only `n)` labels: an
 * `n.` inside a line is as often a version or a decimal.
 */
function partsInLine(text: string, lines: readonly LineInfo[], first: number, last: number, from: number, count: number): { line: number; parts: string[] } | null {
  for (let j = first; j <= last; j++) {
    const line = text.slice((lines[j] as LineInfo).start, (lines[j] as LineInfo).end);
    const labels: Array<{ start: number; end: number }> = [];
    for (let n = from; n < from + count; n++) {
      const label = new RegExp(`(?:^|[\\s*_>:])(\\(?${n}\\)[ \\t])`, "g");
      label.lastIndex = labels.length > 0 ? (labels[labels.length - 1] as { end: number }).end : 0;
      const found = label.exec(line);
      if (!found) break;
      const end = found.index + found[0].length;
      labels.push({ start: end - (found[1] as string).length, end });
    }
    if (labels.length !== count) continue;
    const parts = labels.map((label, k) => {
      const words = line.slice(label.end, k + 1 < labels.length ? (labels[k + 1] as { start: number }).start : line.length);
      return clippedSummary(`${from + k}) ${stripMarkup(words)}`);
    });
    return { line: j, parts };
  }
  return null;
}
