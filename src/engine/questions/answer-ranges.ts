import type { LineInfo } from "../markdown/line-structure";

/**
 * Where the answer of a question ends, by the shape the question is written in. Line indexes are
 * 0-based; `isStart(j)` says whether line `j` is itself a question, which ends most answers.
 */

/** For each fence line that opens a code block, the index of the block's last line. */
export function codeBlockEnds(lines: readonly LineInfo[]): Map<number, number> {
  const ends = new Map<number, number>();
  let open = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as LineInfo;
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
  }
  return ends;
}

interface OpenQuestion {
  index: number;
  indent: number;
  quoteDepth: number;
  ordered: boolean;
}

/**
 * Last line index of the answer of every list-item question among `questions`, in one pass.
 *
 * An item's answer is what follows it up to its next sibling (an item as deep, of the same kind:
 * a `-` list after a `1.` item is its answer, as CommonMark starts a new list there), a parent
 * item, a heading or rule, a line less deeply quoted, or a question written at its depth or above.
 * Blank lines do not end it: a code block or paragraph after a blank line is the answer learners
 * write under the item. Questions whose answers are still open form a stack, from the outermost
 * item in (indents increase, quote depths never decrease), so every line that ends some of them
 * ends the ones on top; each question is pushed and popped once.
 */
export function listAnswerEnds(text: string, lines: readonly LineInfo[], questions: ReadonlySet<number>, isStart: (j: number) => boolean, blockEnds: ReadonlyMap<number, number>): Map<number, number> {
  const ends = new Map<number, number>();
  if (questions.size === 0) return ends;
  const open: OpenQuestion[] = [];
  let reached = -1; // the last line the answers of all open questions reach
  // The questions on top of the stack that line `j` ends are closed, outermost last. Written out,
  // not as a callback a line: a closure over each line cost an allocation for every line read.
  const close = (q: OpenQuestion): void => {
    ends.set(q.index, reached);
    open.pop();
  };
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "blank") continue;
    if (open.length > 0) {
      if (line.kind === "heading" || line.kind === "rule" || line.kind === "frontmatter") while (open.length > 0) close(open[open.length - 1] as OpenQuestion);
      for (let q = open[open.length - 1]; q && line.quoteDepth < q.quoteDepth; q = open[open.length - 1]) close(q);
      if (line.list) {
        const indent = line.list.indent;
        const ordered = isOrdered(text, line);
        for (let q = open[open.length - 1]; q && (indent < q.indent || (indent === q.indent && ordered === q.ordered)); q = open[open.length - 1]) close(q);
      } else if (isStart(j)) {
        for (let q = open[open.length - 1]; q && line.indent <= q.indent; q = open[open.length - 1]) close(q);
      }
      if (open.length > 0 && line.kind === "fence") j = blockEnds.get(j) ?? j;
    }
    reached = j;
    if (line.list && questions.has(j)) open.push({ index: j, indent: line.list.indent, quoteDepth: line.quoteDepth, ordered: isOrdered(text, line) });
  }
  while (open.length > 0) close(open[open.length - 1] as OpenQuestion);
  return ends;
}

/**
 * Last line index of the answer of a question outside a list: the blocks under it up to the next
 * question, heading or rule, or `limit`. A quoted heading that answers (`> ### A: …`, as some vaults
 * write a Q&A in quoted headings) is the answer, not the end of it; a heading at the margin always
 * ends it (the editor re-reads a note section by section, cut at those).
 */
export function blockAnswerEnd(lines: readonly LineInfo[], index: number, isStart: (j: number) => boolean, blockEnds: ReadonlyMap<number, number>, limit = lines.length - 1, answersAt: (j: number) => boolean = () => false): number {
  const question = lines[index] as LineInfo;
  let last = index;
  for (let j = index + 1; j <= limit; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "blank") continue;
    if (line.kind === "heading" && line.quoteDepth > 0 && answersAt(j)) {
      last = j;
      continue;
    }
    if (line.quoteDepth < question.quoteDepth || line.kind === "heading" || line.kind === "rule" || line.kind === "frontmatter") break;
    if (isStart(j)) break;
    last = j = line.kind === "fence" ? Math.min(limit, blockEnds.get(j) ?? j) : j;
  }
  return last;
}

/** Last line index of a heading's section: up to the next heading. */
export function sectionEnd(lines: readonly LineInfo[], heading: number): number {
  let last = heading;
  for (let j = heading + 1; j < lines.length; j++) {
    const line = lines[j] as LineInfo;
    if (line.kind === "heading") break;
    if (line.kind !== "blank") last = j;
  }
  return last;
}

/** `1.` or `1)` rather than `-`, `*` or `+`. */
function isOrdered(text: string, line: LineInfo): boolean {
  let at = line.contentStart;
  while (at < line.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** The first line from `from` to `to` that is not blank (a line of quote markers alone is blank); -1 when none. */
export function firstNonBlank(lines: readonly LineInfo[], from: number, to: number): number {
  for (let j = from; j <= to; j++) if ((lines[j] as LineInfo).kind !== "blank") return j;
  return -1;
}
