import type { LinkRef } from "../parse/note-types";
import type { InlineScan } from "./inline-scan";
import { detached } from "../text/detached-string";
import type { ForwardFinder } from "../text/forward-finder";
import type { LineIndex } from "../text/line-index";

/**
 * The two link syntaxes of a note, read where the inline scan meets their opening bracket:
 * wikilinks (`[[target#heading|display]]`, an escaped `\|` inside tables too) and markdown
 * links (`[text](target)`, `<…>` destinations, percent-encoding). Each records the link or embed
 * and blanks what is not prose: brackets, a target hidden behind display text, a `#heading`.
 */

/** Blanks a range of the prose (it is not prose: brackets, targets, hidden parts). */
export type Blank = (from: number, to: number) => void;

/** `[[target#sub|display]]` starting at `[[`; returns the offset after `]]`, or -1. */
export function readWikilink(text: string, find: ForwardFinder, open: number, lineEnd: number, embed: boolean, out: InlineScan, blank: Blank, lines: LineIndex): number {
  const close = find.next("]]", open + 2);
  if (close === -1 || close > lineEnd || close - open > 1024) return -1;
  const inner = text.slice(open + 2, close);
  if (inner.includes("[[") || inner.trim() === "") return -1;
  let pipe = inner.indexOf("|");
  let targetEnd = pipe;
  if (pipe > 0 && inner[pipe - 1] === "\\") targetEnd = pipe - 1; // `[[note\|alias]]` inside a table
  if (pipe === -1) targetEnd = inner.length;
  const targetPart = inner.slice(0, targetEnd);
  const hash = targetPart.indexOf("#");
  const target = (hash === -1 ? targetPart : targetPart.slice(0, hash)).trim();
  const subpath = hash === -1 ? undefined : targetPart.slice(hash + 1).trim() || undefined;
  const display = pipe === -1 ? undefined : inner.slice(pipe + 1).trim();
  const ref: LinkRef = { target: detached(target), line: lines.lineAt(open) };
  if (subpath !== undefined) ref.subpath = detached(subpath);
  if (display !== undefined) ref.display = detached(display);
  if (target !== "") (embed ? out.embeds : out.links).push(ref);
  const stop = close + 2;
  if (!embed) {
    out.linkSpans.push([open, stop]);
    blank(open, open + 2);
    if (pipe !== -1) blank(open + 2, open + 3 + pipe);
    else if (hash !== -1) blank(open + 2 + hash, close);
    blank(close, stop);
  }
  return stop;
}

/** `[text](target)` starting at `[`; returns the offset after `)`, or -1. */
export function readMarkdownLink(text: string, find: ForwardFinder, open: number, lineEnd: number, embed: boolean, out: InlineScan, blank: Blank, lines: LineIndex): number {
  const closeText = find.next("](", open + 1);
  if (closeText === -1 || closeText >= lineEnd || closeText - open > 1024) return -1;
  if (text.slice(open + 1, closeText).includes("[")) return -1;
  let destStart = closeText + 2;
  let destEnd: number;
  if (text.charCodeAt(destStart) === 60 /* < */) {
    destEnd = find.next(">", destStart);
    if (destEnd === -1 || destEnd >= lineEnd || text.charCodeAt(destEnd + 1) !== 41) return -1;
    destStart++;
  } else {
    destEnd = destStart;
    let depth = 0;
    const limit = Math.min(lineEnd, destStart + 2048);
    while (destEnd < limit) {
      const c = text.charCodeAt(destEnd);
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      } else if (c === 32 && text.charCodeAt(destEnd + 1) === 34) break; // `(url "title")`
      destEnd++;
    }
    if (destEnd >= limit) return -1;
  }
  const close = find.next(")", destEnd);
  if (close === -1 || close >= lineEnd) return -1;
  const destination = text.slice(destStart, destEnd).trim();
  if (destination !== "" && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(destination) && !destination.startsWith("#")) {
    // Split at the `#` as written, then decode: a `#` in a file name is written `%23`, which
    // `decodeURI` left encoded, so a link to `C# 기초.md` never resolved.
    const hash = destination.indexOf("#");
    const ref: LinkRef = { target: detached(decodeLinkPart(hash === -1 ? destination : destination.slice(0, hash)).normalize("NFC")), line: lines.lineAt(open), markdown: true };
    if (hash !== -1) ref.subpath = detached(decodeLinkPart(destination.slice(hash + 1)));
    const label = text.slice(open + 1, closeText).trim();
    if (label !== "") ref.display = detached(label);
    if (ref.target !== "") (embed ? out.embeds : out.links).push(ref);
  }
  blank(open, open + 1);
  blank(closeText, close + 1);
  return close + 1;
}

/** A percent-encoded part of a link destination, decoded; as written when it is not valid percent-encoding. */
function decodeLinkPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
