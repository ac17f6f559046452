import type { LineInfo } from "./line-structure";

/**
 * What one line is on its own, before the lines around it are known: its block-quote depth and
 * indentation, and whether it is blank, a heading, a rule or a list item. Read by hand, not by
 * regex, where a regex would backtrack (this runs on every line of the vault).
 */

const TASK_BOX = /^\[[^\]\n]\][ \t]+/;

export function classifyLine(text: string, start: number, end: number): LineInfo {
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
  const info: LineInfo = { start, end, kind: "text", quoteDepth, contentStart: at, indent, list: null, headingLevel: 0, table: false, htmlText: false };
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
    if ((first === 45 || first === 42 || first === 95) /* - * _ */ && isRule(text, first, textAt, end)) {
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
    info.list = { indent, textStart: itemText, itemStart: markerEnd, contentIndent: indent + (markerEnd - textAt) };
  }
  return info;
}

/**
 * Three or more of one of `-` `*` `_`, with spaces and tabs between, then only what `trimEnd`
 * takes away (what `/^([-*_])[ \t]*(?:\1[ \t]*){2,}$/` matches on the trimmed line). By hand: most
 * lines that start with a `-` are list items, told apart at their second or third character
 * without a slice or a regex.
 */
function isRule(text: string, mark: number, from: number, end: number): boolean {
  let count = 0;
  let at = from;
  for (; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c === mark) count++;
    else if (c !== 32 && c !== 9) break;
  }
  for (; at < end; at++) if (!isTrimmedSpace(text.charCodeAt(at))) return false;
  return count >= 3;
}

/** Whitespace `String.prototype.trim` removes. */
export function isTrimmedSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
