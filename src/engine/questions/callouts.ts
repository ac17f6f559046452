import type { LineInfo } from "../markdown/line-structure";

/**
 * Obsidian callouts (`> [!question]- title`, then `> ` body lines), read from the note's text: a
 * callout nested in a list item is indented four columns or more, where the line structure sees
 * no block quote, so the `>` markers are counted here from the start of the line.
 */

export interface Callout {
  /** Line index of the `> [!type] title` line. */
  header: number;
  /** Last line index of the body; the header's own when the callout has no body. */
  last: number;
  /** The type in lower case: `question`, `faq`, `success`. */
  type: string;
  /** The title as written, trimmed; empty when the header has none. */
  title: string;
  /** How many `>` the header has: a body line has at least as many. */
  depth: number;
}

/** Types whose title is a question and whose body its answer (Obsidian's question callout and its aliases). */
export const QUESTION_CALLOUTS: ReadonlySet<string> = new Set(["question", "faq", "help"]);

/** A callout right after a question that holds its answer: by type, or by a title such as `Answer` or `정답`. */
export function answersAQuestion(callout: Callout): boolean {
  if (["success", "check", "done", "answer", "solution"].includes(callout.type)) return true;
  return /^(?:answers?|solutions?|정답|답변|답|풀이|해설|해답)(?:[\s:.]|$)/i.test(callout.title);
}

const TYPE = /^\[!([A-Za-z][\w-]*)\][+-]?/;

export function findCallouts(text: string, lines: readonly LineInfo[]): Callout[] {
  const callouts: Callout[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineInfo;
    if (line.kind !== "text") continue;
    const marks = quoteMarks(text, line.start, line.end);
    if (marks.depth === 0 || text.charCodeAt(marks.after) !== 91 /* [ */) continue;
    const header = TYPE.exec(text.slice(marks.after, Math.min(line.end, marks.after + 64)));
    if (!header) continue;
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const body = lines[j] as LineInfo;
      if (body.kind === "frontmatter" || quoteMarks(text, body.start, body.end).depth < marks.depth) break;
      last = j;
    }
    callouts.push({
      header: i,
      last,
      type: (header[1] as string).toLowerCase(),
      title: text.slice(marks.after + header[0].length, line.end).trim(),
      depth: marks.depth,
    });
  }
  return callouts;
}

/** The `>` markers at the start of a line (after any indentation), and the offset after them and the space that follows. */
export function quoteMarks(text: string, start: number, end: number): { depth: number; after: number } {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  let depth = 0;
  while (at < end && text.charCodeAt(at) === 62 /* > */) {
    depth++;
    at++;
    while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  }
  return { depth, after: at };
}
