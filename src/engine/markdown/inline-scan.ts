import type { Highlight, LinkRef } from "../parse/note-types";
import type { LineInfo } from "./line-structure";
import type { LineIndex } from "../text/line-index";
import { ForwardFinder } from "../text/forward-finder";
import { detached } from "../text/detached-string";
import { readMarkdownLink, readWikilink, type Blank } from "./link-syntax";

/**
 * One left-to-right pass over the text lines of a note (code and frontmatter lines are skipped)
 * that finds links, embeds, tags and highlights, and builds the *prose*: the note's text with
 * everything that is not prose blanked out, offset for offset.
 *
 * Blanked: code spans, `%%comments%%` and `<!-- -->`, HTML tags with their attributes, URLs,
 * the targets of markdown links, embeds, tags, and the brackets and hidden parts of wikilinks
 * (the target when a display text follows `|`, and `#heading` parts). A concept written inside
 * a wikilink stays in the prose, so it counts as a (linked) mention.
 */

export interface InlineScan {
  prose: string;
  links: LinkRef[];
  embeds: LinkRef[];
  tags: string[];
  highlights: Highlight[];
  /** Offset ranges of wikilinks (`[[` to `]]`), to tell linked mentions from unlinked ones. */
  linkSpans: Array<[number, number]>;
}

const TAG_BODY = /[\p{L}\p{N}\p{M}_\-/]+/uy;

/**
 * The characters that can start markup: `\` `` ` `` `%` `<` `!` `[` `#` `=` `:` `w`. Every other
 * character is prose as it stands, and the scan steps over it without looking further.
 */
const STARTS_MARKUP = new Uint8Array(120);
for (const c of "\\`%<![#=:w") STARTS_MARKUP[c.charCodeAt(0)] = 1;

export function scanInline(text: string, lines: LineInfo[], lineIndex: LineIndex): InlineScan {
  const out: InlineScan = { prose: "", links: [], embeds: [], tags: [], highlights: [], linkSpans: [] };
  const blanks: number[] = []; // from, to, from, to …
  const blank: Blank = (from, to) => {
    if (to > from) blanks.push(from, to);
  };
  let resumeAt = 0; // past the end of a comment or tag that ran over several lines
  const find = new ForwardFinder(text);
  const backtickRuns = new Map<number, { from: number; at: number }>();

  for (const line of lines) {
    if (line.kind === "frontmatter" || line.kind === "code" || line.kind === "fence") {
      blank(line.start, line.end);
      continue;
    }
    const end = line.end;
    let i = Math.max(line.start, resumeAt);
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c >= 120 || STARTS_MARKUP[c] === 0) {
        i++;
        continue;
      }
      switch (c) {
        case 92: // backslash: the next character is literal
          i += i + 1 < end ? 2 : 1;
          continue;
        case 96: { // ` code span
          let run = 1;
          while (text.charCodeAt(i + run) === 96) run++;
          const close = nextBacktickRun(text, backtickRuns, i + run, run);
          if (close === -1 || close >= end) {
            i += run;
          } else {
            blank(i, close + run);
            i = close + run;
          }
          continue;
        }
        case 37: // %% comment, may run over lines and to the end of the note
          if (text.charCodeAt(i + 1) === 37) {
            const close = find.next("%%", i + 2);
            const stop = close === -1 ? text.length : close + 2;
            blank(i, stop);
            i = stop;
            continue;
          }
          break;
        case 60: { // < HTML tag or comment
          const next = text.charCodeAt(i + 1);
          if (text.startsWith("<!--", i)) {
            const close = find.next("-->", i + 4);
            const stop = close === -1 ? text.length : close + 3;
            blank(i, stop);
            i = stop;
            continue;
          }
          if (isAsciiLetter(next) || next === 47 /* / */) {
            const stop = htmlTagEnd(text, find, i, end);
            if (stop !== -1) {
              blank(i, stop);
              i = stop;
              continue;
            }
          }
          break;
        }
        case 33: // ! embed
          if (text.charCodeAt(i + 1) === 91) {
            const stop = text.charCodeAt(i + 2) === 91 ? readWikilink(text, find, i + 1, end, true, out, blank, lineIndex) : readMarkdownLink(text, find, i + 1, end, true, out, blank, lineIndex);
            if (stop !== -1) {
              blank(i, stop);
              i = stop;
              continue;
            }
          }
          break;
        case 91: { // [ wikilink or markdown link
          const stop = text.charCodeAt(i + 1) === 91 ? readWikilink(text, find, i, end, false, out, blank, lineIndex) : readMarkdownLink(text, find, i, end, false, out, blank, lineIndex);
          if (stop !== -1) {
            i = stop;
            continue;
          }
          break;
        }
        case 35: // # tag, when it starts a word
          if (i === line.contentStart || isSpaceOrOpen(text.charCodeAt(i - 1))) {
            TAG_BODY.lastIndex = i + 1;
            const body = TAG_BODY.exec(text);
            if (body && /[^\d]/.test(body[0]) && !body[0].startsWith("/")) {
              out.tags.push(detached(body[0]));
              blank(i, i + 1 + body[0].length);
              i += 1 + body[0].length;
              continue;
            }
          }
          break;
        case 61: // == highlight ==
          if (text.charCodeAt(i + 1) === 61 && text.charCodeAt(i + 2) !== 61) {
            const close = find.next("==", i + 2);
            if (close !== -1 && close < end && close > i + 2) {
              const inner = text.slice(i + 2, close).trim();
              if (inner !== "") out.highlights.push({ text: inner, line: lineIndex.lineAt(i) });
              i = close + 2;
              continue;
            }
          }
          break;
        case 58: // : of a URL scheme (`https://`)
          if (text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
            let from = i;
            while (from > line.start && i - from < 32 && isSchemeChar(text.charCodeAt(from - 1))) from--;
            if (from < i) {
              let stop = i + 3;
              while (stop < end && !isUrlStop(text.charCodeAt(stop))) stop++;
              blank(from, stop);
              i = stop;
              continue;
            }
          }
          break;
        case 119: // www. without a scheme
          if (text.charCodeAt(i + 1) === 119 && text.charCodeAt(i + 2) === 119 && text.charCodeAt(i + 3) === 46 && (i === line.start || !isSchemeChar(text.charCodeAt(i - 1)))) {
            let stop = i + 4;
            while (stop < end && !isUrlStop(text.charCodeAt(stop))) stop++;
            blank(i, stop);
            i = stop;
            continue;
          }
          break;
      }
      i++;
    }
    resumeAt = Math.max(resumeAt, i);
  }
  out.prose = applyBlanks(text, blanks);
  return out;
}

/**
 * Start of the next run of exactly `run` backticks at or after `from`, or -1. Remembers its
 * answer per run length, like {@link ForwardFinder}, so unclosed backticks stay linear.
 */
function nextBacktickRun(text: string, memo: Map<number, { from: number; at: number }>, from: number, run: number): number {
  const known = memo.get(run);
  if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
  let at = text.indexOf("`", from);
  while (at !== -1) {
    let len = 1;
    while (text.charCodeAt(at + len) === 96) len++;
    if (len === run) break;
    at = text.indexOf("`", at + len);
  }
  memo.set(run, { from, at });
  return at;
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

function isSpaceOrOpen(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 40 /* ( */ || c === 0x3000;
}

/** `[A-Za-z0-9+.-]`: a character of a URL scheme. */
function isSchemeChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}

/** `[\s<>"'\`]`: where a bare URL ends (`\s` as JavaScript reads it, Unicode spaces included). */
function isUrlStop(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 60 || c === 62 || c === 34 || c === 39 || c === 96;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The text with the given ranges (`from, to` pairs) replaced by spaces; line breaks are kept.
 * Ranges come mostly in order (only an embed's outer range follows its inner ones), so they are
 * sorted only when they are not.
 */
function applyBlanks(text: string, ranges: number[]): string {
  if (ranges.length === 0) return text;
  const sorted = inOrder(ranges) ? ranges : sortRanges(ranges);
  const parts: string[] = [];
  let at = 0;
  // The first line break at or after the range, searched again only once passed (-1: none
  // left; -2: not searched yet), so a long line with many ranges is not searched over and over.
  let newline = -2;
  for (let k = 0; k < sorted.length; k += 2) {
    const to = sorted[k + 1] as number;
    if (to <= at) continue;
    const start = Math.max(sorted[k] as number, at);
    if (start > at) parts.push(text.slice(at, start));
    if (newline === -2 || (newline !== -1 && newline < start)) newline = text.indexOf("\n", start);
    parts.push(newline === -1 || newline >= to ? spaces(to - start) : text.slice(start, to).replace(/[^\n]/g, " "));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

function inOrder(ranges: readonly number[]): boolean {
  for (let k = 2; k < ranges.length; k += 2) if ((ranges[k] as number) < (ranges[k - 2] as number)) return false;
  return true;
}

/** Ranges sorted by where they start; the sort is stable, as the scan's order matters for equal starts. */
function sortRanges(ranges: readonly number[]): number[] {
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < ranges.length; k += 2) pairs.push([ranges[k] as number, ranges[k + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

const SPACES = " ".repeat(256);

function spaces(count: number): string {
  return count <= SPACES.length ? SPACES.slice(0, count) : " ".repeat(count);
}
