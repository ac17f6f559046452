import type { VaultIndex } from "../index/vault-index";
import type { ConceptMention } from "../parse/note-types";
import { normalizeNoteText } from "../text/normalize-text";
import { StoredLines } from "./stored-lines";

/**
 * Turns unlinked mentions of concepts into links to the concepts' notes, Korean-aware: the link
 * covers the name as written and the particles stay outside (`도커는` → `[[Docker|도커]]는`).
 *
 * Only mentions the parse calls `linkable` are linked (see `markdown/protected-spans.ts`): never
 * code, math, HTML, comments, links, URLs, paths, headings, callout headers or frontmatter, never
 * part of a longer name, nothing in a note that opts out (`devops-links: false`), and never a
 * muted concept. Works on the note's text as stored (CRLF, BOM and all) and changes
 * nothing but the spans it reports; lines stored in NFD are left alone rather than rewritten.
 *
 * A link we write is a link we read: each link is written only if its target resolves to the
 * concept's note and names that concept, so the next run sees the concept linked and the mention
 * inside a link, and changes nothing. Linear in the note: one parse, one pass over the mentions,
 * one join.
 */

export interface ConceptLink {
  conceptId: string;
  /** 1-based line and 0-based column of the mention in the stored text. */
  line: number;
  column: number;
  /** Offsets of the replaced span in the stored text. */
  start: number;
  end: number;
  surface: string;
  replacement: string;
}

export interface LinkPlan {
  /** The note's text with the links made; the input itself when there are none. */
  text: string;
  links: ConceptLink[];
  /** Names of mentioned concepts that have no note to link to. */
  conceptsWithoutNote: string[];
}

export interface LinkOptions {
  /** Link every unlinked mention, rather than the first of each concept the note does not link yet. */
  everyMention?: boolean;
  /** How to write a link to a note (`Docker`, or `Concepts/Docker` when the name is ambiguous). */
  linkText: (notePath: string) => string;
  /** Concepts never linked (muted in settings); they are not listed as wanting a note either. */
  muted?: ReadonlySet<string>;
  /** Only these concepts (the concept page links one concept across notes). */
  only?: ReadonlySet<string>;
}

/** Characters a link's target or display text cannot hold without ending it early. */
const BREAKS_TARGET = /[[\]|#^\n\r]/;
const BREAKS_DISPLAY = /[[\]|\n\r]/;

export function planConceptLinks(index: VaultIndex, path: string, stored: string, options: LinkOptions): LinkPlan {
  const parsed = index.parse(path, stored);
  const lines = new StoredLines(stored, normalizeNoteText(stored));
  const targets = new LinkTargets(index, parsed.path, options.linkText);

  const alreadyLinked = new Set<string>();
  for (const link of parsed.links) {
    const concept = index.conceptLinkedBy(link.target);
    if (concept) alreadyLinked.add(concept.id);
  }
  const links: ConceptLink[] = [];
  const without = new Set<string>();
  for (const mention of parsed.mentions) {
    if (!mention.linkable || options.muted?.has(mention.conceptId) || (options.only && !options.only.has(mention.conceptId))) continue;
    const target = targets.of(mention.conceptId);
    if (target === null) {
      const concept = index.concepts.get(mention.conceptId);
      if (concept && index.conceptNote(mention.conceptId) === undefined) without.add(concept.name);
      continue;
    }
    if (!options.everyMention && alreadyLinked.has(mention.conceptId)) continue;
    const link = linkFor(mention, target, lines, stored);
    if (!link) continue;
    links.push(link);
    alreadyLinked.add(mention.conceptId);
  }
  return { text: applyLinks(stored, links), links, conceptsWithoutNote: [...without].sort() };
}

function linkFor(mention: ConceptMention, target: string, lines: StoredLines, stored: string): ConceptLink | undefined {
  const at = lines.storedOffset(mention.line, mention.start);
  if (at === -1) return undefined; // a line stored in NFD: its bytes are left alone
  const end = at + (mention.end - mention.start);
  const surface = stored.slice(at, end);
  if (BREAKS_DISPLAY.test(surface)) return undefined;
  const pipe = mention.inTable ? "\\|" : "|";
  const replacement = surface === target ? `[[${target}]]` : `[[${target}${pipe}${surface}]]`;
  return { conceptId: mention.conceptId, line: mention.line, column: at - lines.lineStart(mention.line), start: at, end, surface, replacement };
}

/** The stored text with each link's span replaced, in one pass (links come in text order, apart). */
export function applyLinks(stored: string, links: readonly ConceptLink[]): string {
  if (links.length === 0) return stored;
  const parts: string[] = [];
  let at = 0;
  for (const link of links) {
    parts.push(stored.slice(at, link.start), link.replacement);
    at = link.end;
  }
  parts.push(stored.slice(at));
  return parts.join("");
}

/**
 * The link target for each concept, worked out once per concept: `null` when the concept cannot
 * be linked from this note (no note, its own note, or a target that would not lead back to it).
 */
class LinkTargets {
  private readonly known = new Map<string, string | null>();

  constructor(
    private readonly index: VaultIndex,
    private readonly path: string,
    private readonly linkText: (notePath: string) => string,
  ) {}

  of(conceptId: string): string | null {
    let target = this.known.get(conceptId);
    if (target === undefined) {
      target = this.work(conceptId);
      this.known.set(conceptId, target);
    }
    return target;
  }

  private work(conceptId: string): string | null {
    const notePath = this.index.conceptNote(conceptId);
    if (!notePath || notePath === this.path) return null; // a concept's own note does not link to itself
    const target = this.linkText(notePath);
    if (target === "" || BREAKS_TARGET.test(target)) return null;
    // Written only if read back the same: it resolves to the note (no new unresolved link) and
    // names the concept (the next run sees the concept linked).
    if (this.index.resolve(target, this.path) !== notePath) return null;
    if (this.index.conceptLinkedBy(target)?.id !== conceptId) return null;
    return target;
  }
}
