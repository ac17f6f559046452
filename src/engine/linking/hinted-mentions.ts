import type { ConceptMention, ParsedNote } from "../parse/note-types";
import { lastAtOrBefore } from "../text/last-at-or-before";

/**
 * Which mentions the editor underlines: only ones the linker may link (the parse's `linkable`:
 * never a heading, a link's text, code, a longer name, a note that opts out), and by default only
 * the first of each concept in each section that does not link that concept already, so a page of
 * prose is not striped with underlines. With `every`, every one of them.
 */

export interface HintOptions {
  /** Underline every mention that may be linked, not the first of each concept per section. */
  every?: boolean;
  /** Mentions of concepts this refuses are not underlined (muted concepts, the note's own concept). */
  wanted?: (conceptId: string) => boolean;
}

export function hintedMentions(parsed: Pick<ParsedNote, "mentions" | "sectionStarts">, options: HintOptions = {}): ConceptMention[] {
  const wanted = options.wanted ?? (() => true);
  if (options.every) return parsed.mentions.filter((m) => m.linkable && wanted(m.conceptId));
  const starts = parsed.sectionStarts;
  // Concepts each section links already, and those it has underlined: `section:concept`.
  const linked = new Set<string>();
  for (const m of parsed.mentions) if (m.inLink) linked.add(`${lastAtOrBefore(starts, m.line)}:${m.conceptId}`);
  const seen = new Set<string>();
  const out: ConceptMention[] = [];
  for (const m of parsed.mentions) {
    if (!m.linkable || !wanted(m.conceptId)) continue;
    const key = `${lastAtOrBefore(starts, m.line)}:${m.conceptId}`;
    if (linked.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}
