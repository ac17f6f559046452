/**
 * Where a note can be cut so that each piece, parsed alone, reads exactly as it does inside the
 * whole note; and which edits keep those cuts true. The editor re-parses only the piece an edit
 * falls in (a 5,000-line note takes tens of milliseconds to parse whole, one section well under
 * one), and the whole note when an edit could change how other pieces read.
 *
 * A cut goes at the start of a heading line, written at the margin (`# …`, not quoted, not
 * indented). Everything the parser reads over several lines stops at a heading line, or makes
 * it no heading: a question's answer, a paragraph (and so a code span, math or a link's text in
 * it), a list, a table, an HTML block's text; fences, `$$` blocks and raw HTML blocks turn the
 * lines inside them into code, math and HTML, never headings. What is left is what the parse says
 * runs over lines whatever they hold, comments (`%%`, `<!-- -->`) and HTML tags whose attributes
 * wrap (`markupOverLines`): no cut inside one; nor after a `<tag` with no `>` yet, which a `>`
 * typed later would make a tag running over the heading. And control characters, which can make
 * the parser call a note binary: no cut at all.
 *
 * An edit keeps every cut true when it stays inside one section, leaves the section's heading a
 * heading (and line 1 alone), and the lines it touches, before and after, hold nothing that
 * changes how later lines read: no fence (```/~~~, on a list item's line too), no `$$`, no `%%`,
 * no `<tag`, `<!--` or `<?`, no control character, no `---`/`...` line when the note starts with
 * `---` (it could open or close frontmatter); and when nothing above it in the section could be
 * changed by it: no `<tag` still open (a `>` or a blank line could end it), no `<!--` still open
 * when it adds or removes a `>`, no backtick, `$`, bracket, escape or URL while a comment or tag
 * opener follows in the section (a code span over lines could come to hide it, or stop hiding it),
 * and no `$$` or raw HTML block opener below it in the section (much above one can hide or reveal
 * it: an HTML block ended by a blank line, a list item's indentation).
 *
 * That check reads only the touched lines, so it turns down much ordinary typing (on a line that
 * holds a closed `%%…%%` or `<b>…</b>`, or a code span typed in a section with a comment further
 * down). Such an edit, if it stays in its section, is settled by `sectionEndsAtCut`: a parse of
 * the section's own text says whether the next cut still holds.
 */

import { lastAtOrBefore } from "../text/last-at-or-before";
import { LineIndex } from "../text/line-index";
import { readNote } from "./read-note";

export interface SectionLayout {
  /** Offsets where sections start; the first is 0. */
  starts: number[];
  /** The note starts with `---`: a `---` or `...` line elsewhere may move where frontmatter ends. */
  frontmatterPossible: boolean;
}

/** What the layout needs from a whole parse of the text. */
export interface ParsedStructure {
  headings: ReadonlyArray<{ line: number }>;
  /** Comments and tags that run over lines, as `[first, last]` lines, in order. */
  markupOverLines: ReadonlyArray<readonly [number, number]>;
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
/** What may hide a comment or tag opener from the parser later in its paragraph: code spans, math, escapes, links, highlights, URLs. */
const HIDERS = /[`$\\[\]=]|:\/\/|www\.|\.[A-Za-z]/;
const OPENERS = /%%|<!--|<[A-Za-z/!?]/;
/** Openers of blocks that run over heading lines: `$$` math, raw HTML (`<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!DOCTYPE`, CDATA). */
const RUNS_OVER_HEADINGS = /\$\$|<(?:pre|script|style|textarea)(?=[\s>]|$)|<[?!][A-Za-z[]/im;

export function layoutSections(text: string, parsed: ParsedStructure): SectionLayout {
  const starts = [0];
  const frontmatterPossible = text.startsWith("---");
  if (SUSPICIOUS.test(text)) return { starts, frontmatterPossible };
  const lineStarts = new LineIndex(text).lineStarts;
  const held = parsed.markupOverLines;
  const tags = new TagTracker(text);
  let span = 0; // markup comes in line order, as headings do
  for (const heading of parsed.headings) {
    const at = lineStarts[heading.line - 1] ?? -1;
    if (at <= 0 || text.charCodeAt(at) !== 35 /* # */) continue;
    while (span < held.length && (held[span] as readonly [number, number])[1] < heading.line) span++;
    // Spans end in order too (they never overlap), so the next one is the only one that may hold the heading.
    const next = held[span];
    if ((next && next[0] < heading.line) || tags.openAt(at)) continue;
    starts.push(at);
  }
  return { starts, frontmatterPossible };
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

/** The section holding an offset: the last whose start is at or before it. */
export function sectionAt(layout: SectionLayout, offset: number): number {
  return lastAtOrBefore(layout.starts, offset);
}

/**
 * Whether an edit that replaced the lines `before` with the lines `after` (whole lines, joined by
 * `\n`) leaves every cut true. `head` is the section's text before the first touched line, `tail`
 * its text after the last one (after the edit). The caller has checked that the edit stays inside
 * one section and that its heading is still one.
 */
export function editKeepsSections(layout: SectionLayout, head: () => string, before: string, after: string, tail: () => string = () => ""): boolean {
  let closers = false;
  let hiders = false;
  for (const lines of [before, after]) {
    // `-->` too: taking a character out of it leaves a `<!--` above open to the end of the note.
    if (lines.includes("%%") || lines.includes("-->") || lines.includes(MATH_FENCE) || TAG_OPENER.test(lines) || FENCE_LINE.test(lines) || SUSPICIOUS.test(lines)) return false;
    if (layout.frontmatterPossible && DELIMITER_LINE.test(lines)) return false;
    closers ||= lines.includes(">");
    hiders ||= HIDERS.test(lines);
  }
  const rest = tail();
  if ((hiders && OPENERS.test(rest)) || RUNS_OVER_HEADINGS.test(rest)) return false;
  const text = head();
  // A `<tag` still open where the touched lines begin (the touched lines themselves hold no `<`):
  // where it ends depends on the `>` and blank lines the edit may add or remove.
  if (TAG_OPENER.test(text.slice(text.lastIndexOf(">") + 1))) return false;
  // An HTML comment still open: a `>` added may be the end of its `-->` (the `>` of a block quote
  // after its `<!--` does not close it).
  return !(closers && text.lastIndexOf("<!--") > text.lastIndexOf("-->"));
}

/**
 * Whether an edit could move where frontmatter ends (a `---` or `...` line, in a note that starts
 * with `---`): no piece can tell, only the whole note.
 */
export function editMayMoveFrontmatter(layout: SectionLayout, before: string, after: string): boolean {
  return layout.frontmatterPossible && (DELIMITER_LINE.test(before) || DELIMITER_LINE.test(after));
}

/** A heading with nothing in it that any parse reads over lines. */
const NEXT_CUT = "\n# ·";

/**
 * Whether the cut after a section still holds, from the section's own text (after an edit that
 * `editKeepsSections` could not clear): the section is parsed with a heading line after it, as the
 * next section's heading follows it in the note, and that heading must come out a cut. The cut at
 * the section's start held before the edit and nothing above it changed, so the parse of the
 * section alone reads as the note does up to that heading; if the heading is a cut there, nothing
 * the section holds (an open comment, fence, `$$`, tag or HTML block) runs on into the next.
 * The headings are the parse's own, never a host's (those are of the whole note as last saved).
 */
export function sectionEndsAtCut(section: string): boolean {
  const text = section + NEXT_CUT;
  const starts = layoutSections(text, readNote("section.md", text, { mentions: false })).starts;
  return starts[starts.length - 1] === section.length + 1;
}

/** Whether a line can start a section (`# …` at the margin). */
export function isSectionHeading(line: string): boolean {
  return HEADING_AT_MARGIN.test(line);
}
