import type { QuestionStatus } from "../parse/note-types";
import type { LineInfo } from "../markdown/line-structure";
import { ANSWER_ARROWS, asks } from "./question-wording";

/**
 * What the lines under questions say, read once per line and summed up front, so that a
 * question's status and summary cost the same however long its answer is.
 *
 * Answers overlap: the answer of a list-item question holds its nested children, and so the
 * answers of the questions among them. Reading every answer line by line made a deep list of
 * questions quadratic; here each line is read once, and a range is judged from running counts.
 */

/** Phrases that say the learner does not understand yet (compared in lower case). */
const UNSURE_PHRASES = [
  "모르겠", "이해를 못", "이해 못", "이해가 안", "기억이 안", "잘 모름", "잘 모르",
  "not sure", "don't get", "do not get", "don't understand", "do not understand", "no idea",
];

export const LIST_PREFIX = /^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[^\]\n]\][ \t]+)?/;
export const EMPHASIS_PREFIX = /^(?:==|\*\*|__|\*|_)+/;
const QUOTE_PREFIX = /^(?:>[ \t]*)+/;
/** A callout's `[!type]` and fold sign: the title after it is what the line says. */
const CALLOUT_TYPE = /^\[![\w-]+\][+-]?[ \t]*/;
// `A` may close its own emphasis before its colon (`**A**:`, `==A==.`), as a `Q` may.
export const ANSWER_MARKER = new RegExp(`^(?:${ANSWER_ARROWS}|A(?:==|\\*\\*|__|\\*|_)*[.:])[ \\t]*`);

export class AnswerLines {
  /** Per line from `from`: what it says, or null (blank, fence, or only markers). */
  private readonly said: Array<string | null>;
  /**
   * The counts and next lines below, as rows of `size + 1` in one buffer kept from note to note
   * (a note's questions are read before the next note's): typed arrays made for each note cost
   * a backing store each, as much as filling them.
   */
  private readonly rows: Int32Array;
  /**
   * Per line from `from`, from `row` 0 of `flags`: 1 when a blank line came between it and the last
   * non-blank, non-fence line before it (beside `said`, not in an object a line: answers cover
   * most of a note).
   */
  private readonly flags: Uint8Array;
  /** Row offsets in `rows`: running counts over lines `from … from + i - 1` of lines that say something, prose lines, unsure prose lines. */
  private readonly saidCount: number;
  private readonly proseCount: number;
  private readonly unsureCount: number;
  /**
   * For each line, the first prose line at or after it that does not ask, plus one; 0 while not
   * yet looked for. Filled as status needs it: most answers are settled by their first line, and
   * reading every line for a `?` or a Korean question ending cost as much as the rest.
   */
  private readonly nonAsking: number;
  /** For each line, the first line at or after it that says something. */
  private readonly nextSaid: number;
  private readonly from: number;
  /** For each line, the first line at or after it labelled as the answer (`A.`, `**A**:`) that says something. */
  private readonly nextLabelled: number;

  /** Reads the lines of the given answers, `[first, last]` line indexes ordered by `first`. */
  constructor(text: string, prose: string, lines: readonly LineInfo[], answers: ReadonlyArray<{ first: number; last: number }>) {
    const from = answers[0]?.first ?? 0;
    let to = -1;
    for (const answer of answers) to = Math.max(to, answer.last);
    this.from = from;
    const size = Math.max(0, to - from + 1);
    // Lines between answers are never asked about: only lines some answer covers are read.
    // Rows of `size + 1`: covering deltas, said, prose and unsure counts, non-asking, next said, next labelled.
    const row = size + 1;
    if (scratch.rows.length < 7 * row) scratch.rows = new Int32Array(14 * row);
    if (scratch.flags.length < 2 * size) scratch.flags = new Uint8Array(4 * size);
    const rows = (this.rows = scratch.rows);
    rows.fill(0, 0, 7 * row);
    const flags = (this.flags = scratch.flags);
    flags.fill(0, 0, 2 * size);
    for (const answer of answers) {
      rows[answer.first - from] = (rows[answer.first - from] as number) + 1;
      rows[answer.last - from + 1] = (rows[answer.last - from + 1] as number) - 1;
    }
    const said = (this.saidCount = row);
    const proseLines = (this.proseCount = 2 * row);
    const unsure = (this.unsureCount = 3 * row);
    this.nonAsking = 4 * row;
    this.said = new Array<string | null>(size);
    const labelled = size; // in `flags`, after the blank-line flags
    let sawBlank = false;
    let covered = 0;
    for (let i = 0; i < size; i++) {
      const line = lines[from + i] as LineInfo;
      covered += rows[i] as number;
      let words: string | null = null;
      let code = false;
      if (line.kind === "blank" || line.kind === "fence") {
        sawBlank = sawBlank || line.kind === "blank";
      } else if (covered === 0) {
        sawBlank = false;
      } else {
        code = line.kind === "code";
        const read = code ? text.slice(line.contentStart, line.end).trim() : lineWords(text, line);
        if (code || (read !== "" && showsSomething(text, prose, line))) {
          words = read;
          if (sawBlank) flags[i] = 1;
          if (!code && lastLineLabelled) flags[labelled + i] = 1;
        }
        sawBlank = false;
      }
      this.said[i] = words;
      const proseWords = words !== null && !code ? words : null;
      rows[said + i + 1] = (rows[said + i] as number) + (words !== null ? 1 : 0);
      rows[proseLines + i + 1] = (rows[proseLines + i] as number) + (proseWords !== null ? 1 : 0);
      rows[unsure + i + 1] = (rows[unsure + i] as number) + (proseWords !== null && saysUnsure(proseWords) ? 1 : 0);
    }
    const nextSaid = (this.nextSaid = 5 * row);
    const nextLabelled = (this.nextLabelled = 6 * row);
    rows[nextSaid + size] = size;
    rows[nextLabelled + size] = size;
    for (let i = size - 1; i >= 0; i--) {
      rows[nextSaid + i] = this.said[i] !== null ? i : (rows[nextSaid + i + 1] as number);
      rows[nextLabelled + i] = flags[labelled + i] === 1 ? i : (rows[nextLabelled + i + 1] as number);
    }
  }

  /** Open when the lines `first … last` say nothing; unsure when they only ask or say they don't understand. */
  status(first: number, last: number): QuestionStatus {
    const said = this.sum(this.saidCount, first, last);
    if (said === 0) return "open";
    if (this.sum(this.unsureCount, first, last) > 0) return "unsure";
    const proseLines = this.sum(this.proseCount, first, last);
    if (proseLines === said && this.firstNonAsking(first - this.from) > last - this.from) return "unsure";
    return "answered";
  }

  /** The first block of the answer (up to its first blank line), at most five lines and 400 characters. */
  summary(first: number, last: number): string {
    const out: string[] = [];
    for (let i = this.labelledStart(first, last); i <= last - this.from; i = this.rows[this.nextSaid + i + 1] as number) {
      if (out.length > 0 && (this.flags[i] === 1 || out.length === 5)) break;
      out.push(this.said[i] as string);
    }
    return clippedSummary(out.join("\n"));
  }

  /**
   * Where the summary starts (from `from`): the answer's first line that says something, unless a
   * later line is labelled as the answer (`A.`, `**A**:`): under `Q.`, a screenshot or a first
   * attempt then `A. …` is answered by the `A.` line.
   */
  private labelledStart(first: number, last: number): number {
    const start = this.rows[this.nextSaid + first - this.from] as number;
    if (start > last - this.from || this.rows[this.nextLabelled + start] === start) return start;
    const labelled = this.rows[this.nextLabelled + start + 1] as number;
    return labelled <= last - this.from ? labelled : start;
  }

  /**
   * The first prose line at or after `i` (from `from`) that does not ask, or past the end. Every
   * line looked at remembers the answer, so the lines are read once however the answers overlap.
   */
  private firstNonAsking(i: number): number {
    const { rows, nonAsking: memo } = this;
    const size = this.said.length;
    let j = i;
    while (j < size && rows[memo + j] === 0 && !this.proseNotAsking(j)) j++;
    const found = j < size && rows[memo + j] !== 0 ? (rows[memo + j] as number) - 1 : j;
    for (let k = i; k <= j && k < size; k++) rows[memo + k] = found + 1;
    return found;
  }

  private proseNotAsking(i: number): boolean {
    return (this.rows[this.proseCount + i + 1] as number) - (this.rows[this.proseCount + i] as number) === 1 && !asks(this.said[i] as string);
  }

  private sum(counts: number, first: number, last: number): number {
    return (this.rows[counts + last - this.from + 1] as number) - (this.rows[counts + first - this.from] as number);
  }
}

/** The buffers every `AnswerLines` reads into, grown as a note needs: one note's answers are read at a time. */
const scratch = { rows: new Int32Array(1024), flags: new Uint8Array(512) };

/** An answer label (`A.`, `**A**:`): an answer marker, but not an arrow. */
const ANSWER_LABEL_MARKER = /^A(?:==|\*\*|__|\*|_)*[.:]/;

/**
 * Whether the last line `lineWords` read started with an answer label: set by it, beside the words
 * it returns (no object a line, as every answer line is read).
 */
let lastLineLabelled = false;

/** A text line's words: list, emphasis and answer markers stripped. */
function lineWords(text: string, line: LineInfo): string {
  // `>` markers the line structure did not count: a callout nested in a list item is indented.
  // Each prefix pattern is anchored and starts with one of a few characters: most lines start
  // with a letter, and skip all six regexes.
  let raw = text.slice(line.contentStart, line.end).trim();
  if (raw.charCodeAt(0) === 62 /* > */) raw = raw.replace(QUOTE_PREFIX, "");
  if (raw.charCodeAt(0) === 35 /* # */) raw = raw.replace(/^#{1,6}[ \t]+/, "");
  if (raw.charCodeAt(0) === 91 /* [ */) raw = raw.replace(CALLOUT_TYPE, "");
  if (MAY_START_LIST.test(raw)) raw = raw.replace(LIST_PREFIX, "");
  lastLineLabelled = false;
  if (MAY_START_MARKER.test(raw)) {
    raw = raw.replace(EMPHASIS_PREFIX, "");
    lastLineLabelled = ANSWER_LABEL_MARKER.test(raw);
    raw = raw.replace(ANSWER_MARKER, "");
  }
  const words = stripMarkup(raw);
  return MAY_START_LABEL.test(words) ? words.replace(ANSWER_LABEL, "") : words;
}

/**
 * A label that opens an answer (`💡 **답변**:`, `정답:`, `답:`, `Answer:`): a marker like `->`, not what
 * the answer says. On a line of its own it says nothing, so the summary starts with the words
 * that follow it (study books write one such block under a list of questions).
 */
const ANSWER_LABEL = /^(?:💡[ \t]*)?(?:답변|정답|답|해설|풀이|answer|solution)[ \t]*[:：][ \t]*/i;
const MAY_START_LABEL = /^(?:💡|답|정|해|풀|[aAsS])/;

/** First characters of a list marker; of emphasis or an answer marker (`->`, `=>`, `→`, `⇒`, `A.`). */
const MAY_START_LIST = /^[-*+\d]/;
const MAY_START_MARKER = /^[=*_\-→⇒A]/;

/** Whether a line shows the reader anything: prose, or an image (a comment or a bare HTML tag is not an answer). */
function showsSomething(text: string, prose: string, line: LineInfo): boolean {
  for (let at = line.start; at < line.end; at++) {
    const c = prose.charCodeAt(at);
    if (c !== 32 && c !== 9 && c !== 62 /* > */) return true;
  }
  const raw = text.slice(line.start, line.end);
  return raw.includes("![") || /<img\b/i.test(raw);
}

/**
 * One pass of one regex over the line, not a lower-cased copy and a search per phrase: every
 * line under a question is read this way. The phrases are Hangul (no case) and ASCII, which `i`
 * matches as `toLowerCase` would.
 */
const SAYS_UNSURE = new RegExp(UNSURE_PHRASES.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "i");

function saysUnsure(line: string): boolean {
  return SAYS_UNSURE.test(line);
}

/** An answer's summary at most 400 characters long, the cut marked. */
export function clippedSummary(summary: string): string {
  return summary.length > 400 ? summary.slice(0, 399) + "…" : summary;
}

/** Removes emphasis and highlight markers, keeps the words. */
export function stripMarkup(line: string): string {
  // Most lines hold no `=`, `*` or `_`: one scan for them is cheaper than the replace's.
  return MAY_HOLD_MARKUP.test(line) ? line.replace(/==|\*\*|__/g, "").trim() : line.trim();
}

const MAY_HOLD_MARKUP = /[=*_]/;
