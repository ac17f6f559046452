import type { VaultIndex } from "../index/vault-index";
import { normalizeNoteText } from "../text/normalize-text";

/**
 * Turns unlinked mentions of concepts into links to the concepts' notes, Korean-aware: the link
 * covers the name as written and the particles stay outside (`도커는` → `[[Docker|도커]]는`).
 *
 * Works on the note's text as stored (CRLF, BOM and all) and changes nothing but the spans it
 * reports. Mentions are only ever prose mentions, so code, links, URLs, HTML tags, comments and
 * frontmatter are never touched; lines stored in NFD are skipped rather than rewritten.
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
}

export function planConceptLinks(index: VaultIndex, path: string, stored: string, options: LinkOptions): LinkPlan {
  const parsed = index.parse(path, stored);
  const normalized = normalizeNoteText(stored);
  const storedLines = splitLines(stored);
  const normalizedLines = splitLines(normalized);
  const bom = stored.charCodeAt(0) === 0xfeff ? 1 : 0;

  const alreadyLinked = new Set<string>();
  for (const link of parsed.links) {
    const concept = index.conceptLinkedBy(link.target);
    if (concept) alreadyLinked.add(concept.id);
  }
  const links: ConceptLink[] = [];
  const without = new Set<string>();
  const taken = new Set<string>();
  for (const mention of parsed.mentions) {
    if (mention.inLink) continue;
    const notePath = index.conceptNote(mention.conceptId);
    const concept = index.concepts.get(mention.conceptId);
    if (!notePath) {
      if (concept) without.add(concept.name);
      continue;
    }
    if (notePath === parsed.path) continue; // a concept's own note does not link to itself
    if (!options.everyMention && (alreadyLinked.has(mention.conceptId) || taken.has(mention.conceptId))) continue;
    const storedLine = storedLines[mention.line - 1];
    const normalLine = normalizedLines[mention.line - 1];
    if (!storedLine || !normalLine) continue;
    const lineBom = mention.line === 1 ? bom : 0;
    const lineText = stored.slice(storedLine.start + lineBom, storedLine.end);
    if (lineText !== normalized.slice(normalLine.start, normalLine.end)) continue; // NFD: leave the bytes alone
    const column = mention.start - normalLine.start;
    if (insideMarkdownLinkText(lineText, column) || /^\s*</.test(lineText)) continue;
    const start = storedLine.start + lineBom + column;
    const end = start + (mention.end - mention.start);
    const surface = stored.slice(start, end);
    const target = options.linkText(notePath);
    const pipe = /^\s*\|/.test(lineText) ? "\\|" : "|";
    const replacement = surface === target ? `[[${target}]]` : `[[${target}${pipe}${surface}]]`;
    links.push({ conceptId: mention.conceptId, line: mention.line, column, start, end, surface, replacement });
    taken.add(mention.conceptId);
  }
  let text = stored;
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i] as ConceptLink;
    text = text.slice(0, link.start) + link.replacement + text.slice(link.end);
  }
  return { text, links, conceptsWithoutNote: [...without].sort() };
}

/** Lines with their offsets, split at `\n`, `\r\n` or `\r`, the way the parser counts them. */
function splitLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Whether a column sits in the text of a markdown link `[text](target)`, which cannot hold a link. */
function insideMarkdownLinkText(line: string, column: number): boolean {
  const open = line.lastIndexOf("[", column);
  if (open === -1) return false;
  const close = line.indexOf("](", open);
  return close !== -1 && close >= column && !line.slice(open, column).includes("]");
}
