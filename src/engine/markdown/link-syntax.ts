import type { LinkRef } from "../parse/note-types";
import { detached } from "../text/detached-string";
import type { ForwardFinder } from "../text/forward-finder";
import type { LineIndex } from "../text/line-index";
import type { SpanCollector } from "./protected-spans";

/**
 * The bracket syntaxes of a note, read where the inline scan meets their opening bracket:
 * wikilinks (`[[target#heading|display]]`, an escaped `\|` inside tables too), markdown links
 * (`[text](target)`, `<…>` destinations, percent-encoding), reference links (`[text][label]`),
 * footnote references (`[^label]`) and bracketed text. Each records what it links and the spans
 * it protects: targets and brackets are never prose, link text is read but never linked.
 */

export interface LinkScan {
  links: LinkRef[];
  embeds: LinkRef[];
  /** Wikilinks (not embeds) with their offsets: each is one linked mention of the concept its target names. */
  wikilinks: Array<{ from: number; to: number; target: string }>;
  /** Offsets of every link, `[[` to `]]` or `[` to `)`: a mention inside is written in a link. */
  linkSpans: Array<[number, number]>;
}

export interface LinkContext {
  text: string;
  find: ForwardFinder;
  lines: LineIndex;
  out: LinkScan;
  spans: SpanCollector;
}

/** Text that a link opened by the scan holds, to be scanned for what is inside it; the scan then goes on at `stop`. */
export interface LinkWithText {
  textFrom: number;
  textTo: number;
  stop: number;
}

/** Longest link the scan looks for: a `[[` or `[` further from its closing brackets is text. */
const MAX_LINK = 1024;

/** `[[target#sub|display]]` starting at `[[`; returns the offset after `]]`, or -1. */
export function readWikilink(ctx: LinkContext, open: number, lineEnd: number, embed: boolean): number {
  const { text, find } = ctx;
  const close = find.next("]]", open + 2);
  if (close === -1 || close > lineEnd || close - open > MAX_LINK) return -1;
  const inner = text.slice(open + 2, close);
  if (inner.includes("[[") || inner.trim() === "") return -1;
  const pipe = inner.indexOf("|");
  let targetEnd = pipe === -1 ? inner.length : pipe;
  if (pipe > 0 && inner[pipe - 1] === "\\") targetEnd = pipe - 1; // `[[note\|alias]]` inside a table
  const targetPart = inner.slice(0, targetEnd);
  const hash = targetPart.indexOf("#");
  const target = (hash === -1 ? targetPart : targetPart.slice(0, hash)).trim();
  const subpath = hash === -1 ? undefined : targetPart.slice(hash + 1).trim() || undefined;
  const display = pipe === -1 ? undefined : inner.slice(pipe + 1).trim();
  const ref: LinkRef = { target: detached(target), line: ctx.lines.lineAt(open) };
  if (subpath !== undefined) ref.subpath = detached(subpath);
  if (display !== undefined) ref.display = detached(display);
  if (target !== "") (embed ? ctx.out.embeds : ctx.out.links).push(ref);
  const stop = close + 2;
  if (!embed) {
    ctx.out.linkSpans.push([open, stop]);
    if (target !== "") ctx.out.wikilinks.push({ from: open, to: stop, target: ref.target });
    if (pipe === -1) {
      ctx.spans.add(open, stop, "link-target");
    } else {
      const displayFrom = open + 3 + pipe;
      ctx.spans.add(open, displayFrom, "link-target");
      ctx.spans.add(displayFrom, close, looksLikeUrl(text.slice(displayFrom, close)) ? "url" : "link-text");
      ctx.spans.add(close, stop, "link-target");
    }
  }
  return stop;
}

/**
 * `[text](target)` starting at `[`, its text within `limit` (the end of the paragraph: link text
 * may run over lines), its target on the line of `](`. Null when there is none.
 */
export function readMarkdownLink(ctx: LinkContext, open: number, limit: number, embed: boolean): LinkWithText | null {
  const { text, find } = ctx;
  const closeText = find.next("](", open + 1);
  if (closeText === -1 || closeText >= limit || closeText - open > MAX_LINK) return null;
  const inner = find.next("[", open + 1);
  if (inner !== -1 && inner < closeText) return null;
  const newline = find.next("\n", closeText);
  const lineEnd = newline === -1 ? text.length : newline;
  let destStart = closeText + 2;
  let destEnd: number;
  if (text.charCodeAt(destStart) === 60 /* < */) {
    destEnd = find.next(">", destStart);
    if (destEnd === -1 || destEnd >= lineEnd || text.charCodeAt(destEnd + 1) !== 41) return null;
    destStart++;
  } else {
    destEnd = destStart;
    let depth = 0;
    const end = Math.min(lineEnd, destStart + 2048);
    while (destEnd < end) {
      const c = text.charCodeAt(destEnd);
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      } else if (c === 32 && text.charCodeAt(destEnd + 1) === 34) break; // `(url "title")`
      destEnd++;
    }
    if (destEnd >= end) return null;
  }
  const close = find.next(")", destEnd);
  if (close === -1 || close >= lineEnd) return null;
  const destination = text.slice(destStart, destEnd).trim();
  if (destination !== "" && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(destination) && !destination.startsWith("#")) {
    // Split at the `#` as written, then decode: a `#` in a file name is written `%23`, which
    // `decodeURI` left encoded, so a link to `C# 기초.md` never resolved.
    const hash = destination.indexOf("#");
    const ref: LinkRef = { target: detached(decodeLinkPart(hash === -1 ? destination : destination.slice(0, hash)).normalize("NFC")), line: ctx.lines.lineAt(open), markdown: true };
    if (hash !== -1) ref.subpath = detached(decodeLinkPart(destination.slice(hash + 1)));
    const label = text.slice(open + 1, closeText).trim();
    if (label !== "") ref.display = detached(label);
    if (ref.target !== "") (embed ? ctx.out.embeds : ctx.out.links).push(ref);
  }
  const stop = close + 1;
  if (!embed) {
    ctx.out.linkSpans.push([open, stop]);
    ctx.spans.add(open, open + 1, "link-target");
    ctx.spans.add(open + 1, closeText, "link-text");
    ctx.spans.add(closeText, stop, "link-target");
  }
  return { textFrom: open + 1, textTo: closeText, stop };
}

/** `[text][label]` or `[text][]` starting at `[`, on one line. */
export function readReferenceLink(ctx: LinkContext, open: number, lineEnd: number): LinkWithText | null {
  const { find } = ctx;
  const closeText = find.next("][", open + 1);
  if (closeText === -1 || closeText >= lineEnd || closeText - open > MAX_LINK) return null;
  const inner = find.next("[", open + 1);
  const innerClose = find.next("]", open + 1);
  if ((inner !== -1 && inner < closeText) || innerClose < closeText) return null;
  const labelClose = find.next("]", closeText + 2);
  if (labelClose === -1 || labelClose >= lineEnd || labelClose - closeText > MAX_LINK) return null;
  const labelOpen = find.next("[", closeText + 2);
  if (labelOpen !== -1 && labelOpen < labelClose) return null;
  const stop = labelClose + 1;
  ctx.out.linkSpans.push([open, stop]);
  ctx.spans.add(open, open + 1, "link-target");
  ctx.spans.add(open + 1, closeText, "link-text");
  ctx.spans.add(closeText, stop, "link-target");
  return { textFrom: open + 1, textTo: closeText, stop };
}

/** `[^label]` starting at `[`; returns the offset after `]`, or -1. */
export function readFootnoteReference(ctx: LinkContext, open: number, lineEnd: number): number {
  const close = ctx.find.next("]", open + 2);
  if (close === -1 || close >= lineEnd || close === open + 2 || close - open > MAX_LINK) return -1;
  const label = ctx.text.slice(open + 2, close);
  if (/[\s[]/.test(label)) return -1;
  ctx.spans.add(open, close + 1, "footnote");
  return close + 1;
}

/**
 * `[text]` on one line, with no bracket inside: a shortcut reference link, a task box, or a
 * bracketed aside. A link written in it would make `[[[`; its words are read, never linked.
 */
export function markBracketText(ctx: LinkContext, open: number, lineEnd: number): void {
  const close = ctx.find.next("]", open + 1);
  if (close === -1 || close >= lineEnd || close - open > MAX_LINK) return;
  const inner = ctx.find.next("[", open + 1);
  if (inner !== -1 && inner < close) return;
  ctx.spans.add(open, close + 1, "link-text");
}

/** Display text that is itself an address: `[[note|https://…]]`. */
function looksLikeUrl(display: string): boolean {
  return /^\s*(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\/)/.test(display);
}

/** A percent-encoded part of a link destination, decoded; as written when it is not valid percent-encoding. */
function decodeLinkPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
