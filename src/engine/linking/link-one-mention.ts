import type { VaultIndex } from "../index/vault-index";
import { planConceptLinks, type ConceptLink } from "./plan-concept-links";

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
