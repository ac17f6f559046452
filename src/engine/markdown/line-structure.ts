import type { CodeBlock } from "../parse/note-types";

/**
 * The block structure of a note, line by line: what each line is (code, heading, rule, blank,
 * text), how deep it sits in block quotes, and whether it starts a list item. Questions and
 * their answers are found from this; inline parsing skips the code lines it marks.
 */

export type LineKind = "frontmatter" | "fence" | "code" | "blank" | "heading" | "rule" | "text";

export interface ListMarker {
  /** Column of the marker (`-`, `*`, `+`, `1.`, `1)`), after block-quote markers. */
  indent: number;
  /** Offset where the item's text starts (after the marker and any `[ ]` task box). */
  textStart: number;
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
}

export interface LineStructure {
  lines: LineInfo[];
  codeBlocks: CodeBlock[];
}

const TASK_BOX = /^\[[^\]\n]\][ \t]+/;
const RULE = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
// `[^]*`, not `.*$`: `.` stops at U+2028/U+2029, and the backtracking out of that was quadratic
// in a line of backticks.
const FENCE = /^(`{3,}|~{3,})([^]*)$/;

/** Splits the note into lines and classifies them. `bodyStartLine` skips the frontmatter. */
export function readLineStructure(text: string, frontmatterEndLine: number): LineStructure {
  const lines: LineInfo[] = [];
  const codeBlocks: CodeBlock[] = [];
  let fence: { char: string; length: number; quoteDepth: number; block: CodeBlock } | null = null;
  let start = 0;
  let lineNo = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lineNo++;
    const info = classify(text, start, end);
    if (lineNo <= frontmatterEndLine) {
      info.kind = "frontmatter";
    } else if (fence) {
      if (info.quoteDepth < fence.quoteDepth && info.kind !== "blank") {
        fence.block.endLine = lineNo - 1; // the quote holding the code block ended
        fence = null;
      } else if (mayStartWithFence(text, info.contentStart, end) && closesFence(text.slice(info.contentStart, end).trim(), fence)) {
        info.kind = "fence";
        fence.block.endLine = lineNo;
        fence = null;
      } else {
        info.kind = "code";
        fence.block.endLine = lineNo;
      }
    }
    if (!fence && info.kind !== "frontmatter" && info.kind !== "fence" && info.kind !== "code" && mayStartWithFence(text, info.contentStart, end)) {
      const opening = FENCE.exec(text.slice(info.contentStart, end).trimStart());
      const marker = opening?.[1];
      if (opening && marker && !(marker[0] === "`" && (opening[2] ?? "").includes("`"))) {
        info.kind = "fence";
        info.list = null;
        const block: CodeBlock = { lang: (opening[2] ?? "").trim().split(/\s+/)[0] ?? "", startLine: lineNo, endLine: lineNo };
        codeBlocks.push(block);
        fence = { char: marker[0] as string, length: marker.length, quoteDepth: info.quoteDepth, block };
      }
    }
    lines.push(info);
    if (newline === -1) break;
    start = newline + 1;
  }
  return { lines, codeBlocks };
}

/**
 * Whether the line's content, past the whitespace `trim` would take away, may start with a
 * backtick or tilde fence. Answers yes when unsure (whitespace other than spaces and tabs), so
 * the caller's exact test decides.
 */
function mayStartWithFence(text: string, from: number, end: number): boolean {
  for (let at = from; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === 32 || c === 9) continue;
    return c === 96 || c === 126 || c > 127 || (c >= 10 && c <= 13);
  }
  return false;
}

function closesFence(body: string, fence: { char: string; length: number }): boolean {
  return body.length >= fence.length && body[0] === fence.char && /^(`+|~+)$/.test(body);
}

function classify(text: string, start: number, end: number): LineInfo {
  // Block-quote markers: `>`, `> >`, `>>`, each optionally followed by one space.
  let at = start;
  let quoteDepth = 0;
  for (;;) {
    let probe = at;
    while (probe < end && probe - at < 3 && text.charCodeAt(probe) === 32) probe++;
    if (probe < end && text.charCodeAt(probe) === 62 /* > */) {
      quoteDepth++;
      at = probe + 1;
      if (at < end && text.charCodeAt(at) === 32) at++;
    } else break;
  }
  let indent = 0;
  let textAt = at;
  while (textAt < end) {
    const c = text.charCodeAt(textAt);
    if (c === 32) indent++;
    else if (c === 9) indent += 4;
    else break;
    textAt++;
  }
  const info: LineInfo = { start, end, kind: "text", quoteDepth, contentStart: at, indent, list: null, headingLevel: 0 };
  if (textAt === end) {
    info.kind = "blank";
    return info;
  }
  // Most lines are prose: headings, rules and list markers are only looked for on lines whose
  // first character could start one, and read by hand (this runs on every line of the vault).
  const first = text.charCodeAt(textAt);
  if (indent < 4) {
    const level = first === 35 /* # */ ? headingLevel(text, textAt, end) : 0;
    if (level > 0) {
      info.kind = "heading";
      info.headingLevel = level;
      return info;
    }
    if ((first === 45 || first === 42 || first === 95) /* - * _ */ && RULE.test(text.slice(textAt, end).trimEnd())) {
      info.kind = "rule";
      return info;
    }
  }
  const markerEnd = listMarkerEnd(text, textAt, end);
  if (markerEnd !== -1) {
    let itemText = markerEnd;
    if (text.charCodeAt(itemText) === 91 /* [ */) {
      const task = TASK_BOX.exec(text.slice(itemText, end));
      if (task) itemText += task[0].length;
    }
    info.list = { indent, textStart: itemText };
  }
  return info;
}

/** `#{1,6}` followed by a space, a tab or the end of the line: the heading's level, else 0. */
function headingLevel(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && at - from < 7 && text.charCodeAt(at) === 35) at++;
  const level = at - from;
  if (level > 6) return 0;
  const next = text.charCodeAt(at);
  return at === end || next === 32 || next === 9 ? level : 0;
}

/**
 * A list marker at `from` (`-`, `*`, `+`, or 1–9 digits and `.` or `)`), followed by spaces and
 * tabs or the end of the line: the offset after them, else -1.
 */
function listMarkerEnd(text: string, from: number, end: number): number {
  const first = text.charCodeAt(from);
  let at = from + 1;
  if (first >= 48 && first <= 57) {
    while (at < end && at - from < 9 && isDigit(text.charCodeAt(at))) at++;
    const close = text.charCodeAt(at);
    if (at === end || (close !== 46 && close !== 41) /* . ) */) return -1;
    at++;
  } else if (first !== 45 && first !== 42 && first !== 43 /* - * + */) {
    return -1;
  }
  if (at === end) return at;
  const space = text.charCodeAt(at);
  if (space !== 32 && space !== 9) return -1;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
