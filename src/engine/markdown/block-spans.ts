import type { LineInfo } from "./line-structure";
import type { SpanCollector } from "./protected-spans";

/**
 * The protected spans that follow from the lines alone: whole lines that are not prose
 * (frontmatter, code, math, raw HTML, reference definitions), lines that are read but never
 * linked (headings, the text of HTML blocks), and what a line starts with (a callout's `[!type]`,
 * a footnote definition's `[^label]:`). Returns, for each line, where the inline scan starts on
 * it, or -1 when there is nothing on it to scan.
 */
export function readLineSpans(text: string, lines: readonly LineInfo[], spans: SpanCollector): number[] {
  const scanFrom: number[] = [];
  let setextFrom = -1; // the first line a setext underline below may turn into a heading
  // A plain loop, not `lines.forEach`: this runs on every line of the vault.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as LineInfo;
    const opaque = opaqueSpan(line.kind);
    if (opaque) {
      spans.add(line.start, line.end, opaque);
      scanFrom.push(-1);
      setextFrom = -1;
      continue;
    }
    if (line.kind === "heading") spans.add(line.contentStart, line.end, "heading");
    if (line.htmlText) spans.add(line.start, line.end, "html-text");
    if (setextFrom !== -1 && isSetextUnderline(text, line)) {
      spans.add((lines[setextFrom] as LineInfo).contentStart, (lines[index - 1] as LineInfo).end, "heading");
      setextFrom = -1;
    } else if (line.kind === "text" && !line.list && !line.table && !line.htmlText) {
      if (setextFrom === -1 || (lines[index - 1] as LineInfo).quoteDepth !== line.quoteDepth) setextFrom = index;
    } else {
      setextFrom = -1;
    }
    scanFrom.push(line.kind === "text" ? lineStartSpans(text, line, spans) : line.kind === "blank" ? -1 : line.start);
  }
  return scanFrom;
}

/** The span a whole line of this kind is, when it holds no prose; a switch, not a lookup by name in an object. */
function opaqueSpan(kind: LineInfo["kind"]): "frontmatter" | "code" | "math" | "html" | null {
  switch (kind) {
    case "frontmatter":
      return "frontmatter";
    case "fence":
    case "code":
      return "code";
    case "math":
      return "math";
    case "html":
      return "html";
    default:
      return null;
  }
}

/** `===` or `---` (up to three spaces before, spaces after): under paragraph text, it makes a heading of it. */
function isSetextUnderline(text: string, line: LineInfo): boolean {
  if ((line.kind !== "text" && line.kind !== "rule") || line.list || line.indent >= 4) return false;
  let at = line.contentStart;
  while (at < line.end && text.charCodeAt(at) === 32) at++;
  const mark = text.charCodeAt(at);
  if (mark !== 61 && mark !== 45) return false; // = -
  while (at < line.end && text.charCodeAt(at) === mark) at++;
  while (at < line.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at === line.end;
}

/** Spans a text line starts with; returns where the inline scan goes on from. */
function lineStartSpans(text: string, line: LineInfo, spans: SpanCollector): number {
  let at = line.contentStart;
  while (at < line.end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  if (text.charCodeAt(at) !== 91 /* [ */ || line.indent >= 4) return line.start;
  if (line.quoteDepth > 0 && !line.list && text.charCodeAt(at + 1) === 33 /* ! */) {
    let close = at + 2;
    while (close < line.end && text.charCodeAt(close) !== 93 /* ] */) close++;
    if (close < line.end) {
      let titleFrom = close + 1;
      const fold = text.charCodeAt(titleFrom);
      if (fold === 43 || fold === 45) titleFrom++; // + -
      spans.add(at, titleFrom, "callout-type");
      spans.add(titleFrom, line.end, "callout-title");
      return titleFrom;
    }
  }
  const labelEnd = definitionLabelEnd(text, at, line.end);
  if (labelEnd === -1) return line.start;
  if (text.charCodeAt(at + 1) === 94 /* ^ */) {
    spans.add(at, labelEnd + 1, "footnote");
    return labelEnd + 1;
  }
  if (!line.list && isReferenceDestination(text, labelEnd + 1, line.end)) {
    spans.add(at, line.end, "reference");
    return -1;
  }
  return line.start;
}

/** Offset of the `:` of a `[label]:` starting at `open`, or -1. */
function definitionLabelEnd(text: string, open: number, end: number): number {
  for (let at = open + 1; at < end && at - open <= 1000; at++) {
    const c = text.charCodeAt(at);
    if (c === 92 /* \ */) at++;
    else if (c === 91) return -1;
    else if (c === 93) return at > open + 1 && text.charCodeAt(at + 1) === 58 /* : */ ? at + 1 : -1;
  }
  return -1;
}

/**
 * After `[label]:`: a destination, then optionally a title in quotes or parentheses, then nothing
 * (`[도커]: https://docs.docker.com "문서"`). Anything else makes the line a paragraph.
 */
function isReferenceDestination(text: string, from: number, end: number): boolean {
  const rest = text.slice(from, end).trim();
  if (rest === "") return false;
  const destination = rest.startsWith("<") ? rest.indexOf(">") + 1 : rest.search(/\s|$/);
  if (destination <= 0) return false;
  const title = rest.slice(destination).trim();
  if (title === "") return true;
  const open = title[0];
  const close = open === "(" ? ")" : open;
  return (open === '"' || open === "'" || open === "(") && title.length > 1 && title.endsWith(close as string) && /\s/.test(rest[destination] ?? "");
}

/**
 * For each line, the offset at which an inline construct opened on it must close: the end of
 * its paragraph (code spans and link text may run over the lines of one paragraph, never past
 * a blank line or into another block).
 */
export function paragraphEnds(lines: readonly LineInfo[]): number[] {
  const ends = new Array<number>(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as LineInfo;
    const next = lines[i + 1];
    const continues =
      next !== undefined &&
      line.kind === "text" &&
      next.kind === "text" &&
      !next.list &&
      !line.table &&
      !next.table &&
      next.quoteDepth === line.quoteDepth &&
      next.htmlText === line.htmlText;
    ends[i] = continues ? (ends[i + 1] as number) : line.end;
  }
  return ends;
}
