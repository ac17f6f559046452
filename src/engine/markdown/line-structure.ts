import type { CodeBlock } from "../parse/note-types";
import { LineIndex } from "../text/line-index";
import { classifyLine, isTrimmedSpace } from "./classify-line";
import { htmlBlockStart, type HtmlBlockStart } from "./html-blocks";
import { markTables } from "./tables";

/**
 * The block structure of a note, line by line: what each line is (code, math, raw HTML, heading,
 * rule, blank, text), how deep it sits in block quotes, whether it starts a list item, whether it
 * is a table row or the text of an HTML block. Questions and their answers are found from this;
 * inline parsing skips the lines whose kind says they hold no prose.
 */

/**
 * `code`: inside a fenced code block, or an indented one. `math`: a `$$` block. `html`: a raw
 * HTML block (`<pre>`, `<script>` …). Inside those three, nothing is a heading or a list.
 */
export type LineKind = "frontmatter" | "fence" | "code" | "math" | "html" | "blank" | "heading" | "rule" | "text";

export interface ListMarker {
  /** Column of the marker (`-`, `*`, `+`, `1.`, `1)`), after block-quote markers. */
  indent: number;
  /** Offset where the item's text starts (after the marker and any `[ ]` task box). */
  textStart: number;
  /** Offset where the item's content starts: after the marker and its spaces, before a task box (where a fence may open). */
  itemStart: number;
  /** Column where the item's content starts (after the marker and its spaces): lines indented this far belong to it. */
  contentIndent: number;
}

export interface LineInfo {
  /** Offsets of the line's text in the note, line break excluded. */
  start: number;
  end: number;
  kind: LineKind;
  quoteDepth: number;
  /** Offset after block-quote markers. */
  contentStart: number;
  /** Columns of whitespace after block-quote markers (a tab counts 4). */
  indent: number;
  list: ListMarker | null;
  headingLevel: number;
  /** A row of a table (header and delimiter rows included). */
  table: boolean;
  /** A line of an HTML block whose words are read but never linked (`<div>…`, `<details>…`). */
  htmlText: boolean;
}

export interface LineStructure {
  lines: LineInfo[];
  codeBlocks: CodeBlock[];
}

// `[^]*`, not `.*$`: `.` stops at U+2028/U+2029, and the backtracking out of that was quadratic
// in a line of backticks.
const FENCE = /^(`{3,}|~{3,})([^]*)$/;

/** A block that runs over lines until its end: a fence, a `$$` block, a raw or text HTML block. */
type OpenBlock =
  | { type: "fence"; char: string; length: number; quoteDepth: number; block: CodeBlock }
  | { type: "math"; quoteDepth: number }
  | { type: "raw-html"; end: RegExp; quoteDepth: number }
  | { type: "text-html"; quoteDepth: number };

/**
 * Splits the note into lines and classifies them. The first `frontmatterEndLine` lines are
 * frontmatter. `lineStarts` (a {@link LineIndex}'s) saves searching the text for line breaks again.
 */
export function readLineStructure(text: string, frontmatterEndLine: number, lineStarts: readonly number[] = new LineIndex(text).lineStarts): LineStructure {
  const lines: LineInfo[] = [];
  const codeBlocks: CodeBlock[] = [];
  const lists = new ListContext();
  let open: OpenBlock | null = null;
  let previous: LineInfo | null = null;
  const lineCount = lineStarts.length;
  for (let lineNo = 1; lineNo <= lineCount; lineNo++) {
    const start = lineStarts[lineNo - 1] as number;
    const end = lineNo < lineCount ? (lineStarts[lineNo] as number) - 1 : text.length;
    const info = classifyLine(text, start, end);
    if (lineNo <= frontmatterEndLine) {
      info.kind = "frontmatter";
    } else {
      if (open && info.quoteDepth < open.quoteDepth && info.kind !== "blank") {
        if (open.type === "fence") open.block.endLine = lineNo - 1; // the quote holding the code block ended
        open = null;
      }
      // An HTML block's text ends at a blank line (CommonMark), and here also at a heading or a
      // fence, which this reader always takes as such: a section read alone must read as it does
      // in the whole note.
      if (open?.type === "text-html" && (info.kind === "blank" || info.kind === "heading" || opensFence(text, info))) open = null;
      if (open) open = continueBlock(text, info, open, lineNo);
      else open = startBlock(text, info, previous, lists, lineNo, codeBlocks);
    }
    lines.push(info);
    previous = info;
  }
  markTables(text, lines);
  return { lines, codeBlocks };
}

/** A line inside an open block: its kind, and the block as it stands after it (null once ended). */
function continueBlock(text: string, info: LineInfo, open: OpenBlock, lineNo: number): OpenBlock | null {
  switch (open.type) {
    case "fence":
      if (mayStartWithFence(text, info.contentStart, info.end) && closesFence(text.slice(info.contentStart, info.end).trim(), open)) {
        info.kind = "fence";
        open.block.endLine = lineNo;
        return null;
      }
      info.kind = "code";
      open.block.endLine = lineNo;
      return open;
    case "math":
      setOpaque(info, "math");
      return text.slice(info.start, info.end).includes("$$") ? null : open;
    case "raw-html":
      setOpaque(info, "html");
      return open.end.test(text.slice(info.start, info.end)) ? null : open;
    case "text-html":
      info.htmlText = true;
      return open;
  }
}

/** A line outside any block: whether it is indented code, or opens a fence, a `$$` block or an HTML block. */
function startBlock(text: string, info: LineInfo, previous: LineInfo | null, lists: ListContext, lineNo: number, codeBlocks: CodeBlock[]): OpenBlock | null {
  if (info.kind === "blank") return null;
  const base = lists.baseFor(info, previous);
  if (info.indent - base >= 4 && interruptible(previous)) {
    setOpaque(info, "code");
    return null;
  }
  lists.enter(info);
  const fence = opensFence(text, info);
  if (fence) {
    info.kind = "fence";
    info.list = null;
    const block: CodeBlock = { lang: (fence.info.trim().split(/\s+/)[0] ?? ""), startLine: lineNo, endLine: lineNo };
    codeBlocks.push(block);
    return { type: "fence", char: fence.marker[0] as string, length: fence.marker.length, quoteDepth: info.quoteDepth, block };
  }
  if (info.kind !== "text" || info.indent - base >= 4) return null;
  const contentAt = info.list ? info.list.itemStart : firstNonSpace(text, info.contentStart, info.end);
  if (text.startsWith("$$", contentAt)) {
    setOpaque(info, "math");
    return text.slice(contentAt + 2, info.end).includes("$$") ? null : { type: "math", quoteDepth: info.quoteDepth };
  }
  if (text.charCodeAt(contentAt) !== 60 /* < */ || info.list) return null;
  const html: HtmlBlockStart | null = htmlBlockStart(text.slice(contentAt, info.end));
  if (!html) return null;
  if (html.kind === "raw") {
    setOpaque(info, "html");
    return html.end.test(text.slice(contentAt + 2, info.end)) ? null : { type: "raw-html", end: html.end, quoteDepth: info.quoteDepth };
  }
  if (!html.interruptsParagraph && !interruptible(previous)) return null;
  info.htmlText = true;
  return { type: "text-html", quoteDepth: info.quoteDepth };
}

/** A line of a block where nothing is a heading or a list: code, math, raw HTML. */
function setOpaque(info: LineInfo, kind: "code" | "math" | "html"): void {
  info.kind = kind;
  info.list = null;
  info.headingLevel = 0;
}

/** Whether a block that cannot interrupt a paragraph (indented code, a lone tag) may start after `previous`. */
function interruptible(previous: LineInfo | null): boolean {
  return previous === null || previous.kind !== "text";
}

/** The fence a line opens (in a list item too: `- \`\`\`bash`), or null. */
function opensFence(text: string, info: LineInfo): { marker: string; info: string } | null {
  if (info.kind === "frontmatter" || info.kind === "fence" || info.kind === "code") return null;
  const at = info.list ? info.list.itemStart : info.contentStart;
  if (!mayStartWithFence(text, at, info.end)) return null;
  const opening = FENCE.exec(text.slice(at, info.end).trimStart());
  const marker = opening?.[1];
  if (!opening || !marker || (marker[0] === "`" && (opening[2] ?? "").includes("`"))) return null;
  return { marker, info: opening[2] ?? "" };
}

function firstNonSpace(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/**
 * The list items a line may belong to, innermost last, for telling indented code from the
 * continuation of an item: `- item` then, after a blank line, `    more` continues the item;
 * without the item, it is code.
 */
class ListContext {
  private readonly contents: number[] = [];
  private quoteDepth = 0;

  /**
   * Closes the items a non-blank line is not part of, and returns the column its own content is
   * measured from (the content column of the innermost item still open).
   */
  baseFor(info: LineInfo, previous: LineInfo | null): number {
    if (info.quoteDepth !== this.quoteDepth) {
      this.contents.length = 0;
      this.quoteDepth = info.quoteDepth;
    }
    // A line right under paragraph text continues it, however little it is indented.
    const lazy = previous !== null && previous.kind === "text" && !info.list && info.kind === "text";
    const column = info.list ? info.list.indent : info.indent;
    const contents = this.contents;
    if (!lazy) while (contents.length > 0 && (contents[contents.length - 1] as number) > column) contents.pop();
    if (info.kind === "heading" || info.kind === "rule") contents.length = 0;
    // Not `contents[length - 1] ?? 0`: a read past the end of an array leaves V8's fast path,
    // and most lines are in no list at all.
    return contents.length > 0 ? (contents[contents.length - 1] as number) : 0;
  }

  /** A list item opens (its nested lines are measured from its content column). */
  enter(info: LineInfo): void {
    if (info.list) this.contents.push(info.list.contentIndent);
  }
}

/**
 * Whether the line's content, past the whitespace `trim` would take away, may start with a
 * backtick or tilde fence. Answers yes when unsure (whitespace other than spaces and tabs), so
 * the caller's exact test decides; a line of Korean text is answered without a slice or a regex.
 */
function mayStartWithFence(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 9) continue;
    return c === 96 || c === 126 || isTrimmedSpace(c);
  }
  return false;
}

function closesFence(body: string, fence: { char: string; length: number }): boolean {
  return body.length >= fence.length && body[0] === fence.char && /^(`+|~+)$/.test(body);
}
