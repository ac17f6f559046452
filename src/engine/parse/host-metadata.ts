import { propertiesByKey } from "../markdown/frontmatter";
import { detached } from "../text/detached-string";
import type { Heading, LinkRef } from "./note-types";

/**
 * A note's metadata as its host knows it: the shape of Obsidian's `CachedMetadata`, reduced to
 * what the engine reads (links and embeds with their position, headings, inline tags,
 * frontmatter). The plugin hands over `metadataCache.getFileCache(file)` as it is: a
 * `CachedMetadata` is a `HostMetadata` (a type test holds the two together). Obsidian's
 * conventions are kept: lines are 0-based, `link` is the link's path and subpath as Obsidian
 * stores it (decoded for markdown links), tags carry their `#`, aliases and frontmatter tags are
 * read from `frontmatter`.
 *
 * Given one, the engine takes these from it and reads from the text only what no host knows:
 * concept mentions, questions and their answers, template fields, and the spans they need.
 */

/** Obsidian's `Loc`: a place in the note. */
export interface HostLoc {
  /** 0-based. */
  line: number;
  col: number;
  offset: number;
}

/** Obsidian's `Pos`. */
export interface HostPos {
  start: HostLoc;
  end: HostLoc;
}

/** Obsidian's `LinkCache` / `EmbedCache`. */
export interface HostReference {
  /** Path and subpath (`Note#Heading`), as Obsidian stores it. */
  link: string;
  /** The link as written (`[[Note#Heading|shown]]`, `[shown](Note.md)`). */
  original: string;
  displayText?: string;
  position: HostPos;
}

/** Obsidian's `HeadingCache`. */
export interface HostHeading {
  heading: string;
  level: number;
  position: HostPos;
}

/** Obsidian's `TagCache`: a tag in the body, `#` included. */
export interface HostTag {
  tag: string;
  position: HostPos;
}

export interface HostMetadata {
  links?: readonly HostReference[];
  embeds?: readonly HostReference[];
  headings?: readonly HostHeading[];
  tags?: readonly HostTag[];
  frontmatter?: Readonly<Record<string, unknown>>;
}

/** What the note's reading takes from the host, in the engine's own terms (1-based lines). */
export interface NoteMetadata {
  links: LinkRef[];
  embeds: LinkRef[];
  headings: Heading[];
  /** Tags written in the body, without `#`. */
  inlineTags: string[];
  frontmatter: Record<string, unknown> | null;
}

export function metadataFromHost(host: HostMetadata): NoteMetadata {
  return {
    links: referencesOf(host.links),
    embeds: referencesOf(host.embeds),
    headings: (host.headings ?? []).map((h) => ({ level: h.level, text: headingText(h.heading), line: h.position.start.line + 1 })),
    inlineTags: (host.tags ?? []).map((t) => detached(t.tag.replace(/^#/, "").normalize("NFC"))).filter((t) => t !== ""),
    frontmatter: host.frontmatter ? propertiesByKey({ ...host.frontmatter }) : null,
  };
}

/**
 * A heading as the engine keeps it, from its text after the opening `#`s: closing `#`s,
 * highlight and bold marks dropped (` **도커** ##` → `도커`). Obsidian's `heading` has no closing
 * `#`s; the rest is the same for both.
 */
export function headingText(raw: string): string {
  return withoutClosingHashes(raw).replace(/==|\*\*|__/g, "").trim();
}

function referencesOf(refs: readonly HostReference[] | undefined): LinkRef[] {
  const out: LinkRef[] = [];
  for (const ref of refs ?? []) {
    const wiki = ref.original.startsWith("[[") || ref.original.startsWith("![[");
    const { path, subpath } = (wiki ? undefined : destinationOf(ref.original)) ?? splitLinktext(ref.link);
    const target = path.trim().normalize("NFC");
    // `[[#Heading]]` names the note itself: our own reading keeps no such link either.
    if (target === "") continue;
    const link: LinkRef = { target: detached(target), line: ref.position.start.line + 1 };
    if (subpath.trim() !== "") link.subpath = detached(subpath.trim());
    if (!wiki) link.markdown = true;
    // Obsidian fills `displayText` for every wikilink (the target itself when there is no `|`);
    // the engine keeps a display text only when one was written.
    const written = wiki ? ref.original.includes("|") : (ref.displayText ?? "") !== "";
    if (written && ref.displayText !== undefined) link.display = detached(ref.displayText.trim());
    out.push(link);
  }
  return out;
}

/** `Note#Heading` → path and subpath, split at the first `#` (Obsidian's `parseLinktext`). */
function splitLinktext(linktext: string): { path: string; subpath: string } {
  const hash = linktext.indexOf("#");
  return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash + 1) };
}

/**
 * A markdown link's destination read from the link as written, split at its `#` before it is
 * percent-decoded: `[C#](C%23%20기초.md)` is the file `C# 기초.md`, which a `link` already
 * decoded can no longer tell from `C` and a heading. Undefined when it cannot be read.
 */
function destinationOf(original: string): { path: string; subpath: string } | undefined {
  const open = original.indexOf("](");
  const close = original.lastIndexOf(")");
  if (open === -1 || close < open) return undefined;
  let destination = original.slice(open + 2, close).trim();
  if (destination.startsWith("<")) destination = destination.slice(1, Math.max(1, destination.indexOf(">")));
  else destination = destination.split(/\s+["']/)[0] ?? destination;
  const { path, subpath } = splitLinktext(destination);
  return { path: decoded(path), subpath: decoded(subpath) };
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * `도커 ##` → `도커`: drops trailing `#`s that follow a space or tab. By hand, because the regex
 * for it (`/[ \t]+#+[ \t]*$/`) backtracks over every run of spaces: a heading of one long line
 * of spaces took minutes.
 */
function withoutClosingHashes(heading: string): string {
  let end = heading.length;
  while (end > 0 && heading.charCodeAt(end - 1) === 35 /* # */) end--;
  if (end === heading.length) return heading;
  let cut = end;
  while (cut > 0 && (heading.charCodeAt(cut - 1) === 32 || heading.charCodeAt(cut - 1) === 9)) cut--;
  return cut < end ? heading.slice(0, cut) : heading;
}
