import type { Highlight } from "../parse/note-types";
import type { LineInfo } from "./line-structure";
import type { LineIndex } from "../text/line-index";
import { ForwardFinder } from "../text/forward-finder";
import { detached } from "../text/detached-string";
import { backslashPath, domainUrl, drivePath, mayStartAddress, schemeUrl, wwwUrl, type Found } from "./bare-urls";
import { paragraphEnds, readLineSpans } from "./block-spans";
import { BacktickRuns, DollarClosers } from "./closers";
import { markBracketText, readFootnoteReference, readMarkdownLink, readReferenceLink, readWikilink, type LinkContext, type LinkScan } from "./link-syntax";
import { SpanCollector, type ProtectedSpans, type SpanKind } from "./protected-spans";
import { proseOf } from "./prose-text";

/**
 * One left-to-right pass over the lines of a note that finds links, embeds, tags and highlights,
 * and classifies the text into protected spans (see `protected-spans.ts`); the *prose* is the
 * note's text with everything that is not read blanked out, offset for offset.
 *
 * Constructs nest as Obsidian reads them: the inside of a highlight and the text of a markdown
 * or reference link are scanned like any prose (a code span, a URL, a link in a highlight is one).
 */

export interface InlineScan extends LinkScan {
  prose: string;
  tags: string[];
  highlights: Highlight[];
  spans: ProtectedSpans;
}

const TAG_BODY = /[\p{L}\p{N}\p{M}_\-/]+/uy;

/**
 * The characters that can start markup: `\` `` ` `` `$` `%` `<` `!` `[` `#` `=`, and `:` `w` `.`
 * (2), which start an address only in company (see `mayStartAddress`). Every other character is
 * prose as it stands, and the scan steps over it without looking further.
 */
const MARKUP = "\\`$%<![#=";
const ADDRESS = ":w.";
const STARTS_MARKUP = new Uint8Array(120);
for (const c of MARKUP) STARTS_MARKUP[c.charCodeAt(0)] = 1;
for (const c of ADDRESS) STARTS_MARKUP[c.charCodeAt(0)] = 2;

export function scanInline(text: string, lines: LineInfo[], lineIndex: LineIndex): InlineScan {
  const spans = new SpanCollector();
  const links: LinkScan = { links: [], embeds: [], wikilinks: [], linkSpans: [] };
  const tags: string[] = [];
  const highlights: Highlight[] = [];
  const find = new ForwardFinder(text);
  const ctx: LinkContext = { text, find, lines: lineIndex, out: links, spans };
  const markup = new MarkupFinder(text);
  const backticks = new BacktickRuns(text);
  const dollars = new DollarClosers(text);
  const scanFrom = readLineSpans(text, lines, spans);
  spans.endStretch();
  const paragraphEnd = paragraphEnds(lines);
  // Where a nested scan must jump: at `at` (the `==` closing a highlight, the `](` ending a
  // link's text), go on at `to`. Innermost last; an entry passed over is dropped.
  const jumps: Array<{ at: number; to: number }> = [];
  let resumeAt = 0; // past the end of a comment, tag or code span that ran over lines

  // A plain loop, not `lines.forEach`, and no closures over the loop's state: the variables a
  // closure captures live in a heap context, and every read of them in this hot loop went there.
  for (let l = 0; l < lines.length; l++) {
    const from = scanFrom[l] as number;
    if (from === -1) continue;
    const line = lines[l] as LineInfo;
    const lineEnd = line.end;
    const limit = paragraphEnd[l] as number;
    let i = Math.max(from, resumeAt);
    while (i < lineEnd) {
      // Not `jumps[jumps.length - 1]`: reading past the end of an empty array is V8's slow path.
      const jump = jumps.length > 0 ? jumps[jumps.length - 1] : undefined;
      if (jump && i >= jump.at) {
        jumps.pop();
        if (i === jump.at) i = jump.to;
        continue;
      }
      // Nothing inside a link's text or a highlight may run past its end.
      const end = jump && jump.at < lineEnd ? jump.at : lineEnd;
      // Most characters are prose as they stand: stepped over without looking further.
      let at = markup.next(i);
      let c = 0;
      while (at !== -1 && at < end) {
        c = text.charCodeAt(at);
        if (STARTS_MARKUP[c] === 1 || mayStartAddress(text, c, at)) break;
        at = markup.next(at + 1);
      }
      i = at === -1 || at >= end ? end : at;
      if (i >= end) continue;
      const reach = jump && jump.at < limit ? jump.at : limit;
      let next = -1;
      switch (c) {
        case 92: { // backslash: a path, or an escape of the next character
          next = span(spans, backslashPath(text, i, line.start, end), "path");
          if (next === -1 && i + 1 < end) next = addSpan(spans, i, i + 1 + (isHighSurrogate(text.charCodeAt(i + 1)) ? 2 : 1), "escape");
          break;
        }
        case 96: { // ` code span, of any run length, over the lines of its paragraph
          const run = backticks.runAt(i);
          const close = backticks.next(i + run, run);
          if (close === -1 || close + run > reach) next = i + run;
          else next = addSpan(spans, i, close + run, "code");
          break;
        }
        case 36: // $ math, inline or display
          next = span(spans, dollars.mathAt(i, reach, find), "math");
          if (next === -1) next = i + 1;
          break;
        case 37: // %% comment, may run over lines and to the end of the note
          if (text.charCodeAt(i + 1) === 37) {
            const close = find.next("%%", i + 2);
            next = addSpan(spans, i, close === -1 ? text.length : close + 2, "comment");
          }
          break;
        case 60: { // < HTML tag or comment
          if (text.startsWith("<!--", i)) {
            const close = find.next("-->", i + 4);
            next = addSpan(spans, i, close === -1 ? text.length : close + 3, "comment");
          } else if (isAsciiLetter(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 47 /* / */) {
            const stop = htmlTagEnd(text, find, i, lineEnd);
            if (stop !== -1) next = addSpan(spans, i, stop, "html");
          }
          break;
        }
        case 33: // ! embed
          if (text.charCodeAt(i + 1) === 91) {
            const stop = text.charCodeAt(i + 2) === 91 ? readWikilink(ctx, i + 1, end, true) : (readMarkdownLink(ctx, i + 1, reach, true)?.stop ?? -1);
            if (stop !== -1) next = addSpan(spans, i, stop, "embed");
          }
          break;
        case 91: { // [ wikilink, footnote, markdown or reference link, bracketed text
          const second = text.charCodeAt(i + 1);
          if (second === 91) {
            next = readWikilink(ctx, i, end, false);
          } else if (second === 94 /* ^ */) {
            next = readFootnoteReference(ctx, i, end);
          }
          if (next === -1 && second !== 91) {
            const link = readMarkdownLink(ctx, i, reach, false) ?? readReferenceLink(ctx, i, end);
            if (link) {
              jumps.push({ at: link.textTo, to: link.stop });
              next = i + 1;
            }
            else markBracketText(ctx, i, end);
          }
          break;
        }
        case 35: // # tag, when it starts a word
          if (i === line.contentStart || isSpaceOrOpen(text.charCodeAt(i - 1))) {
            TAG_BODY.lastIndex = i + 1;
            const body = TAG_BODY.exec(text);
            if (body && /[^\d]/.test(body[0]) && !body[0].startsWith("/") && i + 1 + body[0].length <= end) {
              tags.push(detached(body[0]));
              next = addSpan(spans, i, i + 1 + body[0].length, "tag");
            }
          }
          break;
        case 61: // == highlight ==: recorded, and its inside scanned as prose
          if (text.charCodeAt(i + 1) === 61 && text.charCodeAt(i + 2) !== 61) {
            const close = find.next("==", i + 2);
            if (close !== -1 && close < end && close > i + 2) {
              const inner = text.slice(i + 2, close).trim();
              if (inner !== "") highlights.push({ text: inner, line: lineIndex.lineAt(i) });
              jumps.push({ at: close, to: close + 2 });
              next = i + 2;
            }
          }
          break;
        case 58: // : of a URL scheme (`https://`) or a drive (`C:\`)
          next = span(spans, schemeUrl(text, i, line.start, end), "url");
          if (next === -1) next = span(spans, drivePath(text, i, line.start, end), "path");
          break;
        case 119: // www. without a scheme
          next = span(spans, wwwUrl(text, i, line.start, end), "url");
          break;
        case 46: // . inside a domain without a scheme (`docs.docker.com/x`)
          next = span(spans, domainUrl(text, i, line.start, end), "url");
          break;
      }
      i = next === -1 ? i + 1 : next;
    }
    resumeAt = Math.max(resumeAt, i);
  }
  const finished = spans.finish();
  return { links: links.links, embeds: links.embeds, wikilinks: links.wikilinks, linkSpans: links.linkSpans, prose: proseOf(text, finished.unread), tags, highlights, spans: finished.spans };
}

/**
 * The next character that can start markup, for a scan that only moves forward. A regex finds
 * it: irregexp steps over a run of prose several times faster than a `charCodeAt` loop (the
 * scan's inner loop, over every character of the vault), and its answer holds until passed.
 */
class MarkupFinder {
  private static readonly PATTERN = new RegExp(`[${(MARKUP + ADDRESS).replace(/[\\\]^-]/g, "\\$&")}]`, "g");
  private from = 0;
  private at = -2; // not searched yet

  constructor(private readonly text: string) {}

  /** First index at or after `from` of a character in {@link STARTS_MARKUP}, or -1. */
  next(from: number): number {
    if (this.at === -2 || from < this.from || (this.at !== -1 && this.at < from)) {
      const pattern = MarkupFinder.PATTERN;
      pattern.lastIndex = from;
      this.at = pattern.test(this.text) ? pattern.lastIndex - 1 : -1;
      this.from = from;
    }
    return this.at;
  }
}

/** Records a span found at the scan's position; returns where the scan goes on, or -1 when none was found. */
function span(spans: SpanCollector, found: Found | null, kind: SpanKind): number {
  return found ? addSpan(spans, found.from, found.to, kind) : -1;
}

function addSpan(spans: SpanCollector, from: number, to: number, kind: SpanKind): number {
  spans.add(from, to, kind);
  return to;
}

/** End of an HTML tag starting at `<`: on its line, or a few lines on when attributes wrap. */
function htmlTagEnd(text: string, find: ForwardFinder, from: number, lineEnd: number): number {
  const close = find.next(">", from + 1);
  if (close === -1) return -1;
  if (close < lineEnd) return close + 1;
  const paragraphEnd = find.next("\n\n", from);
  return close - from < 1000 && (paragraphEnd === -1 || close < paragraphEnd) ? close + 1 : -1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isSpaceOrOpen(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 40 /* ( */ || c === 0x3000;
}
