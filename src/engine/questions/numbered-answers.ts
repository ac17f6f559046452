import type { LineInfo } from "../markdown/line-structure";

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
 * item (the steps of its answer) is never split.
 */

export interface MeasuredQuestion {
  candidate: { index: number };
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
    const last = found[j] as MeasuredQuestion;
    if (j > i && last.first !== -1 && afterTheList(lines[last.candidate.index] as LineInfo, lines[last.first] as LineInfo)) {
      const count = j - i + 1;
      const parts = partStarts(text, lines, last.first, last.last, number, count);
      const inline = parts ? null : partsInLine(text, lines, last.first, last.last, number, count);
      for (let k = i; k <= j && (parts || inline); k++) {
        const question = found[k] as MeasuredQuestion;
        if (parts) {
          question.first = parts[k - i] as number;
          question.last = k < j ? (parts[k - i + 1] as number) - 1 : last.last;
        } else if (inline) {
          question.first = question.last = inline.line;
          question.part = inline.parts[k - i];
        }
      }
    }
    i = j + 1;
  }
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
    const label = new RegExp(`^(?:>[ \\t]*)*[ \\t]*(?:\\*\\*|__)?\\(?${n}[.)](?:[ \\t]|\\*\\*|__|$)`);
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
      const part = `${from + k}) ${words.replace(/==|\*\*|__/g, "").trim()}`;
      return part.length > 400 ? part.slice(0, 399) + "…" : part; // as long as a summary may be
    });
    return { line: j, parts };
  }
  return null;
}
