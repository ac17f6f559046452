import matter from "gray-matter";

/**
 * What Obsidian's metadataCache holds for a note (`CachedMetadata`, as far as the plugin reads
 * it): links and embeds, headings, body tags and frontmatter, each with its position (0-based
 * lines, columns and offsets in the text as stored). Written for the fake from how Obsidian
 * reads a note, not from our engine, so that the tests can catch the two disagreeing:
 * - nothing inside frontmatter, fenced or indented code, `$$` math, code spans, `$…$` math,
 *   `%%comments%%` or `<!-- comments -->` is a link, a heading or a tag;
 * - `[[path#sub|shown]]` (`\|` in tables) keeps `path#sub` as `link`, and `path > sub` as its
 *   display text when none is written; a markdown link's `link` is its destination decoded
 *   and out of `<…>`; links with a scheme (`https:`, `mailto:`) are not links;
 * - a tag is `#` after a space or the line's start, then letters, digits, `_`, `-` or `/`,
 *   not digits only.
 */

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface Reference {
  link: string;
  original: string;
  displayText: string;
  position: Pos;
}
export interface FakeCachedMetadata {
  links?: Reference[];
  embeds?: Reference[];
  headings?: Array<{ heading: string; level: number; position: Pos }>;
  tags?: Array<{ tag: string; position: Pos }>;
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
}

export function markdownMetadata(text: string): FakeCachedMetadata {
  const starts = lineStarts(text);
  const at = (offset: number): Loc => locOf(starts, offset);
  const pos = (from: number, to: number): Pos => ({ start: at(from), end: at(to) });
  const out: FakeCachedMetadata = {};
  const masked = new Masked(text);

  const front = frontmatterOf(text);
  if (front) {
    masked.hide(0, front.end);
    out.frontmatterPosition = pos(0, front.end);
    const data = yamlObject(front.yaml);
    if (data) out.frontmatter = data;
  }
  hideBlocks(text, starts, front ? front.lines : 0, masked);
  hideInline(masked);

  const headings = headingsOf(text, masked.text, starts, pos);
  if (headings.length > 0) out.headings = headings;
  const { links, embeds } = referencesOf(text, masked, pos);
  if (links.length > 0) out.links = links;
  if (embeds.length > 0) out.embeds = embeds;
  const tags = tagsOf(masked.text, starts, pos);
  if (tags.length > 0) out.tags = tags;
  return out;
}

/** The text with hidden ranges blanked out (line breaks kept), so offsets stay those of the text. */
class Masked {
  private pending: Array<[number, number]> = [];
  private current: string;
  constructor(text: string) {
    this.current = text;
  }
  /** Hidden from the next read of `text` on (ranges are gathered, then blanked in one pass). */
  hide(from: number, to: number): void {
    if (to > from) this.pending.push([from, to]);
  }
  get text(): string {
    if (this.pending.length === 0) return this.current;
    const ranges = this.pending.sort((a, b) => a[0] - b[0]);
    this.pending = [];
    const parts: string[] = [];
    let at = 0;
    for (const [from, to] of ranges) {
      if (to <= at) continue;
      const start = Math.max(from, at);
      parts.push(this.current.slice(at, start), this.current.slice(start, to).replace(/[^\n]/g, " "));
      at = to;
    }
    parts.push(this.current.slice(at));
    this.current = parts.join("");
    return this.current;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function locOf(starts: number[], offset: number): Loc {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, col: offset - (starts[lo] as number), offset };
}

function lineAt(text: string, starts: number[], line: number): string {
  const start = starts[line] as number;
  const next = starts[line + 1];
  return text.slice(start, next === undefined ? text.length : next - 1).replace(/\r$/, "");
}

function frontmatterOf(text: string): { end: number; lines: number; yaml: string } | null {
  const lines = text.split("\n");
  // Obsidian decodes files without their byte-order mark: a note's first line is `---` behind one.
  if ((lines[0] ?? "").replace(/^\uFEFF/, "").trimEnd() !== "---") return null;
  let offset = (lines[0] as string).length + 1;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, "");
    if (line.trimEnd() === "---") {
      const end = Math.min(text.length, offset + (lines[i] as string).length + 1);
      return { end, lines: i + 1, yaml: lines.slice(1, i).join("\n") };
    }
    offset += (lines[i] as string).length + 1;
  }
  return null;
}

function yamlObject(yaml: string): Record<string, unknown> | undefined {
  if (yaml.trim() === "") return undefined;
  try {
    // Options given: gray-matter then keeps no cache of its own.
    const data: unknown = matter(`---\n${yaml}\n---\n`, { language: "yaml" }).data;
    return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // Obsidian shows broken YAML as text and keeps no frontmatter
  }
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/** Fenced code, `$$` math and indented code: hidden line by line. */
function hideBlocks(text: string, starts: number[], firstLine: number, masked: Masked): void {
  let fence: { char: string; length: number } | null = null;
  let math = false;
  let indentedCode = false;
  let previousBlank = true;
  let inList = false;
  for (let line = firstLine; line < starts.length; line++) {
    const content = lineAt(text, starts, line);
    const start = starts[line] as number;
    const hide = (): void => masked.hide(start, start + content.length);
    const blank = content.trim() === "";
    const indented = /^( {4}|\t)/.test(content);
    if (indentedCode && (blank || indented)) {
      hide();
      continue;
    }
    indentedCode = false;
    // Fences count inside quotes and callouts (`> ```) and list items (indented by a tab too).
    const quoted = content.replace(/^\s*(?:>\s?)*/, "");
    if (fence) {
      hide();
      const closing = /^\s*(`{3,}|~{3,})\s*$/.exec(quoted);
      if (closing && closing[1]?.[0] === fence.char && (closing[1]?.length ?? 0) >= fence.length) fence = null;
    } else if (math) {
      hide();
      if (content.includes("$$")) math = false;
    } else {
      const opening = /^(?:\s*(?:[-*+]|\d+[.)])\s+)?\s*(`{3,}|~{3,})(.*)$/.exec(quoted);
      if (opening && !(opening[1]?.startsWith("`") && opening[2]?.includes("`"))) {
        fence = { char: (opening[1] as string)[0] as string, length: (opening[1] as string).length };
        hide();
      } else if (content.trimStart().startsWith("$$")) {
        hide();
        math = !content.trimStart().slice(2).includes("$$");
      } else if (indented && previousBlank && !inList && !blank) {
        hide(); // indented code: only after a blank line, never inside a list
        indentedCode = true;
        continue;
      }
    }
    if (!blank) inList = LIST_ITEM.test(content) || (inList && /^\s/.test(content));
    previousBlank = blank;
  }
}

/** Code spans (a `%%` in one is text), then comments, then inline math, outside the blocks already hidden. */
function hideInline(masked: Masked): void {
  for (const match of [...masked.text.matchAll(/(`+)(?!`)[^\n]*?[^`\n]\1(?!`)/g)]) {
    masked.hide(match.index, match.index + match[0].length);
  }
  for (const pattern of [/<!--[\s\S]*?(?:-->|$)/g, /%%[\s\S]*?(?:%%|$)/g]) {
    for (const match of [...masked.text.matchAll(pattern)]) masked.hide(match.index, match.index + match[0].length);
  }
  for (const match of [...masked.text.matchAll(/\$(?=[^\s$])[^$\n]*?[^\s$\\]\$(?!\d)|\$[^\s$]\$(?!\d)/g)]) {
    masked.hide(match.index, match.index + match[0].length);
  }
}

/** ATX headings, found in the text left visible, their words taken as written (code spans and all). */
function headingsOf(text: string, maskedText: string, starts: number[], pos: (from: number, to: number) => Pos): NonNullable<FakeCachedMetadata["headings"]> {
  const out: NonNullable<FakeCachedMetadata["headings"]> = [];
  for (let line = 0; line < starts.length; line++) {
    const content = lineAt(maskedText, starts, line);
    const marks = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(content);
    if (!marks) continue;
    const written = lineAt(text, starts, line);
    const match = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/.exec(written);
    if (!match) continue;
    const heading = (match[2] ?? "").replace(/(^|[ \t]+)#+$/, "").trim();
    const start = starts[line] as number;
    out.push({ heading, level: (match[1] as string).length, position: pos(start, start + content.length) });
  }
  return out;
}

/** Wikilinks and markdown links, then embeds; the ranges they cover are hidden from the tags. */
function referencesOf(text: string, masked: Masked, pos: (from: number, to: number) => Pos): { links: Reference[]; embeds: Reference[] } {
  const found: Array<{ embed: boolean; ref: Reference }> = [];
  for (const match of [...masked.text.matchAll(/(!?)\[\[([^[\]\n]+?)\]\]/g)]) {
    const original = text.slice(match.index, match.index + match[0].length);
    const inner = original.slice(match[1] === "!" ? 3 : 2, -2);
    const bar = inner.search(/\\?\|/);
    const link = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    const shown = bar === -1 ? undefined : inner.slice(bar).replace(/^\\?\|/, "");
    const hash = link.indexOf("#");
    const displayText = shown ?? (hash === -1 ? link : `${link.slice(0, hash)} > ${link.slice(hash + 1)}`);
    found.push({ embed: match[1] === "!", ref: { link, original, displayText, position: pos(match.index, match.index + match[0].length) } });
    masked.hide(match.index, match.index + match[0].length);
  }
  const markdownLink = /(!?)\[((?:\\.|[^\]\n\\])*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
  for (const match of [...masked.text.matchAll(markdownLink)]) {
    const original = text.slice(match.index, match.index + match[0].length);
    let destination = match[3] ?? "";
    if (destination.startsWith("<")) destination = destination.slice(1, -1);
    masked.hide(match.index, match.index + match[0].length);
    if (destination === "" || /^[a-z][a-z0-9+.-]*:/i.test(destination)) continue; // a URL, not a note
    found.push({ embed: match[1] === "!", ref: { link: decoded(destination), original, displayText: match[2] ?? "", position: pos(match.index, match.index + match[0].length) } });
  }
  found.sort((a, b) => a.ref.position.start.offset - b.ref.position.start.offset);
  return { links: found.filter((f) => !f.embed).map((f) => f.ref), embeds: found.filter((f) => f.embed).map((f) => f.ref) };
}

function decoded(destination: string): string {
  try {
    return decodeURIComponent(destination);
  } catch {
    return destination;
  }
}

function tagsOf(maskedText: string, starts: number[], pos: (from: number, to: number) => Pos): NonNullable<FakeCachedMetadata["tags"]> {
  const out: NonNullable<FakeCachedMetadata["tags"]> = [];
  for (let line = 0; line < starts.length; line++) {
    const content = lineAt(maskedText, starts, line);
    for (const match of content.matchAll(/(^|[ \t])(#[^\s#!-,.:-@[-^`{-~]*[^\s#!-,.:-@[-^`{-~\d][^\s#!-,.:-@[-^`{-~]*)/g)) {
      const from = (starts[line] as number) + match.index + (match[1] as string).length;
      const tag = match[2] as string;
      if (/^#{1,6}$/.test(tag)) continue;
      out.push({ tag, position: pos(from, from + tag.length) });
    }
  }
  return out;
}
