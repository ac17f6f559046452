import type { VaultIndex } from "../index/vault-index";
import { planConceptLinks, type ConceptLink, type LinkOptions } from "./plan-concept-links";

/**
 * The link for one mention the user picked (from a concept card in the editor), made by the same
 * rules as "Link concept mentions": Korean particles stay outside (`[[Docker|도커]]는`), code,
 * URLs, comments, markdown link text and NFD lines are never touched, and a concept's own note
 * never links to itself.
 *
 * The whole note is planned with every mention linked, and only the link whose span is exactly
 * `[start, end)` is kept: the user may pick a second mention of a concept the note already links,
 * and the rules that decide what may be linked stay in one place.
 */
export function linkOneMention(
  index: VaultIndex,
  path: string,
  stored: string,
  span: { start: number; end: number },
  linkText: (notePath: string) => string,
): ConceptLink | undefined {
  const plan = planConceptLinks(index, path, stored, { everyMention: true, linkText });
  return plan.links.find((link) => link.start === span.start && link.end === span.end);
}

/** Which mention the concept page's Link button stands for: the concept, its line, where it starts. */
export interface MentionAt {
  conceptId: string;
  /** 1-based line. */
  line: number;
  /** 0-based column of the mention in the line, when the page located it; else the first of the concept on the line that may be linked. */
  column?: number;
}

/**
 * The link for one mention of the concept page (a row of its unlinked mentions), planned on the
 * note's current text by the linker's rules: undefined when that mention may not be linked (it
 * was linked meanwhile, the note changed, the note opts out, the concept is muted).
 */
export function linkMentionAt(index: VaultIndex, path: string, stored: string, at: MentionAt, options: Omit<LinkOptions, "everyMention" | "only">): ConceptLink | undefined {
  const plan = planConceptLinks(index, path, stored, { ...options, everyMention: true, only: new Set([at.conceptId]) });
  const onLine = plan.links.filter((link) => link.line === at.line);
  return at.column === undefined ? onLine[0] : onLine.find((link) => link.column === at.column);
}
