/**
 * Where a note can be cut so that each piece, parsed alone, reads exactly as it does inside the
 * whole note; and which edits keep those cuts true. The editor re-parses only the piece an edit
 * falls in (a 5,000-line note takes tens of milliseconds to parse whole, one section well under
 * one), and the whole note when an edit could change how other pieces read.
 *
 * A cut goes at the start of a heading line, written at the margin (`# …`, not quoted, not
 * indented): a question's answer never runs past a heading, a heading line is never inside code
 * or frontmatter (the parse says which lines are headings), and nothing else the parser reads
 * crosses a line break except what is ruled out here:
 * - a `%%` or `<!-- -->` comment open where the heading starts (see `commentSpans`);
 * - an HTML tag whose attributes wrap over lines: a `<tag` with no `>` after it yet;
 * - control characters, which can make the parser call a note binary: no cut at all.
 *
 * An edit keeps every cut true when it stays inside one section, leaves the section's heading a
 * heading (and line 1 alone), and the lines it touches, before and after, hold nothing that
 * changes how later lines read: no fence (```/~~~, on a list item's line too), no `$$`, no `%%`,
 * no `<tag`, `<!--` or `<?`, no control
 * character, no `>` while a `<tag` is open before it (it could close it), and no `---`/`...`
 * line when the note starts with `---` (it could open or close frontmatter).
 */

import { lastAtOrBefore } from "../../engine/text/last-at-or-before";
import { LineIndex } from "../../engine/text/line-index";

export interface SectionLayout {
  /** Offsets where sections start; the first is 0. */
  starts: number[];
  /** The note starts with `---`: a `---` or `...` line elsewhere may move where frontmatter ends. */
  frontmatterPossible: boolean;
}

/** What the layout needs from a whole parse of the text. */
export interface ParsedStructure {
  headings: ReadonlyArray<{ line: number }>;
  codeBlocks: ReadonlyArray<{ startLine: number; endLine: number }>;
}

// eslint-disable-next-line no-control-regex -- control characters (binary or damaged text) are what it looks for: such text is never split into sections
const SUSPICIOUS = /[\u0000-\u0008\u000b\u000e-\u001f\r\ufffd]/;
const TAG_OPENER = /<[A-Za-z/!?]/;
/** A fence, at the margin, in a quote or on a list item's line (`- \`\`\`bash`). */
const FENCE_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:```|~~~)/m;
/** A `$$` opens or closes a math block, which runs over any lines, headings included. */
const MATH_FENCE = "$$";
const DELIMITER_LINE = /^(?:---|\.\.\.)[^\S\n]*$/m;
const HEADING_AT_MARGIN = /^#{1,6}(?:[ \t]|$)/;
/** What may hide a comment opener from the parser earlier in its paragraph: a code span, math, an escape, a link, a highlight, a URL. */
const HIDERS = /[`$\\[]|==|:\/\/|www\.|\.[A-Za-z]/;

export function layoutSections(text: string, parsed: ParsedStructure): SectionLayout {
  const starts = [0];
  const frontmatterPossible = text.startsWith("---");
  if (!SUSPICIOUS.test(text)) {
    const lineStarts = new LineIndex(text).lineStarts;
    const headings = parsed.headings.map((h) => lineStarts[h.line - 1] ?? -1).filter((at) => at > 0 && text.charCodeAt(at) === 35 /* # */);
    const comments = commentSpans(text, lineStarts, parsed.codeBlocks, frontmatterPossible ? (headings[0] ?? text.length) : 0);
    const tags = new TagTracker(text);
    let span = 0;
    for (const at of headings) {
      if (at >= comments.uncertainFrom) break;
      while (span < comments.spans.length && (comments.spans[span] as [number, number])[1] <= at) span++;
      const inComment = span < comments.spans.length && (comments.spans[span] as [number, number])[0] < at;
      if (!inComment && !tags.openAt(at)) starts.push(at);
    }
  }
  return { starts, frontmatterPossible };
}

/**
 * The comments of the text, as `[start, end)` ranges, read as the parser reads them: outside a
 * comment, a `%%` or `<!--` opens one (unless it is on a code line); inside, the next raw `%%` or
 * `-->` closes it. Where an opener might be hidden from the parser (by a code span, link,
 * highlight, escape or URL before it on its line, an HTML tag still open, or frontmatter), we
 * cannot tell: `uncertainFrom` is that line, and no cut is made after it.
 */
function commentSpans(
  text: string,
  lineStarts: readonly number[],
  codeBlocks: ParsedStructure["codeBlocks"],
  frontmatterEnd: number,
): { spans: Array<[number, number]>; uncertainFrom: number } {
  const spans: Array<[number, number]> = [];
  const tags = new TagTracker(text);
  let at = 0;
  let line = 0; // index into lineStarts of the line holding `at`
  let block = 0;
  for (;;) {
    const opener = firstOf(text.indexOf("%%", at), text.indexOf("<!--", at));
    if (opener === Infinity) return { spans, uncertainFrom: Infinity };
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= opener) line++;
    const lineStart = lineStarts[line] as number;
    while (block < codeBlocks.length && (codeBlocks[block] as { endLine: number }).endLine < line + 1) block++;
    const code = codeBlocks[block];
    if (code && code.startLine <= line + 1) {
      at = opener + 1; // the parser skips code lines outside comments
      continue;
    }
    // A code span or a link's text may run over the lines of a paragraph: what may hide the
    // opener is looked for back to the last blank line (not before the last comment's end).
    const before = text.slice(at, opener);
    if (opener < frontmatterEnd || HIDERS.test(before.slice(before.lastIndexOf("\n\n") + 1)) || tags.openAt(opener)) {
      return { spans, uncertainFrom: lineStart };
    }
    const closer = text.startsWith("%%", opener) ? "%%" : "-->";
    const close = text.indexOf(closer, opener + (closer === "%%" ? 2 : 4));
    if (close === -1) {
      spans.push([opener, Infinity]);
      return { spans, uncertainFrom: Infinity };
    }
    spans.push([opener, close + closer.length]);
    at = close + closer.length;
  }
}

/** Whether a `<tag` is open (no `>` since it) at positions asked in increasing order; linear over all asks. */
class TagTracker {
  private scanned = 0;
  private open = false;

  constructor(private readonly text: string) {}

  openAt(pos: number): boolean {
    if (pos > this.scanned) {
      const gap = this.text.slice(this.scanned, pos);
      const lastClose = gap.lastIndexOf(">");
      this.open = lastClose === -1 ? this.open || TAG_OPENER.test(gap) : TAG_OPENER.test(gap.slice(lastClose + 1));
      this.scanned = pos;
    }
    return this.open;
  }
}

function firstOf(a: number, b: number): number {
  if (a === -1) return b === -1 ? Infinity : b;
  return b === -1 ? a : Math.min(a, b);
}

/** The section holding an offset: the last whose start is at or before it. */
export function sectionAt(layout: SectionLayout, offset: number): number {
  return lastAtOrBefore(layout.starts, offset);
}

/**
 * Whether an edit that replaced the lines `before` with the lines `after` (whole lines, joined by
 * `\n`) leaves every cut true. `head` is the section's text before the first touched line. The
 * caller has checked that the edit stays inside one section and that its heading is still one.
 */
export function editKeepsSections(layout: SectionLayout, head: () => string, before: string, after: string): boolean {
  let closers = false;
  for (const lines of [before, after]) {
    // `-->` too: taking a character out of it leaves a `<!--` above open to the end of the note.
    if (lines.includes("%%") || lines.includes("-->") || lines.includes(MATH_FENCE) || TAG_OPENER.test(lines) || FENCE_LINE.test(lines) || SUSPICIOUS.test(lines)) return false;
    if (layout.frontmatterPossible && DELIMITER_LINE.test(lines)) return false;
    closers ||= lines.includes(">");
  }
  if (!closers) return true;
  // A `>` added or removed matters only to a `<tag` still open where the touched lines begin
  // (the touched lines themselves hold no `<`).
  const text = head();
  // An HTML comment still open (a `>` added may be the end of its `-->`); the `>` of a block quote
  // after its `<!--` does not close it.
  if (text.lastIndexOf("<!--") > text.lastIndexOf("-->")) return false;
  return !TAG_OPENER.test(text.slice(text.lastIndexOf(">") + 1));
}

/** Whether a line can start a section (`# …` at the margin). */
export function isSectionHeading(line: string): boolean {
  return HEADING_AT_MARGIN.test(line);
}
