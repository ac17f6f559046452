import type { CodeBlock } from "./note-types";

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

const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TASK_BOX = /^\[[^\]\n]\][ \t]+/;
const RULE = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

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
      const body = text.slice(info.contentStart, end).trim();
      if (info.quoteDepth < fence.quoteDepth && info.kind !== "blank") {
        fence.block.endLine = lineNo - 1; // the quote holding the code block ended
        fence = null;
      } else if (body.length >= fence.length && body[0] === fence.char && /^(`+|~+)$/.test(body)) {
        info.kind = "fence";
        fence.block.endLine = lineNo;
        fence = null;
      } else {
        info.kind = "code";
        fence.block.endLine = lineNo;
      }
    }
    if (!fence && info.kind !== "frontmatter" && info.kind !== "fence" && info.kind !== "code") {
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
  const rest = text.slice(textAt, end);
  if (indent < 4) {
    const heading = /^(#{1,6})(?:[ \t]|$)/.exec(rest);
    if (heading) {
      info.kind = "heading";
      info.headingLevel = (heading[1] as string).length;
      return info;
    }
    if (RULE.test(rest.trimEnd())) {
      info.kind = "rule";
      return info;
    }
  }
  const marker = LIST_MARKER.exec(rest);
  if (marker) {
    let itemText = textAt + marker[0].length;
    const task = TASK_BOX.exec(text.slice(itemText, end));
    if (task) itemText += task[0].length;
    info.list = { indent, textStart: itemText };
  }
  return info;
}
