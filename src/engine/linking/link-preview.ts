import type { VaultIndex } from "../index/vault-index";
import { applyLinks, planConceptLinks, type ConceptLink, type LinkOptions, type LinkPlan } from "./plan-concept-links";

/**
 * Linking with a preview: every change a plan would make, as the user reviews it (the note, the
 * line, the words before and after, the line around them), then only the changes the user kept,
 * written to the note's text as it is when they are written.
 *
 * The preview lists exactly what is then written: `applyLinkChanges` plans the text again and
 * writes a kept change only where that plan makes the very same change (same span, same link);
 * a change whose text moved or changed since the preview is skipped, never written elsewhere.
 */

export interface LinkChange {
  path: string;
  conceptId: string;
  /** 1-based line, and 0-based column in the line as stored. */
  line: number;
  column: number;
  /** Offsets of the span in the note's text as stored when previewed. */
  start: number;
  end: number;
  /** The mention as written (`도커`) and the link that replaces it (`[[Docker|도커]]`). */
  before: string;
  after: string;
  /** The rest of the line around the span, cut to about `CONTEXT_CHARS` on each side. */
  context: { lead: string; trail: string; cutLead: boolean; cutTrail: boolean };
}

/** Characters of the line shown on each side of a change. */
const CONTEXT_CHARS = 48;

/** Every change of a plan made on `stored`, in text order. */
export function previewLinks(path: string, stored: string, plan: LinkPlan): LinkChange[] {
  return plan.links.map((link) => {
    const lineStart = link.start - link.column;
    let lineEnd = link.end;
    while (lineEnd < stored.length && stored.charCodeAt(lineEnd) !== 10 && stored.charCodeAt(lineEnd) !== 13) lineEnd++;
    const leadFrom = Math.max(lineStart, link.start - CONTEXT_CHARS);
    const trailTo = Math.min(lineEnd, link.end + CONTEXT_CHARS);
    return {
      path,
      conceptId: link.conceptId,
      line: link.line,
      column: link.column,
      start: link.start,
      end: link.end,
      before: link.surface,
      after: link.replacement,
      context: { lead: stored.slice(leadFrom, link.start).replace(/^\uFEFF/, ""), trail: stored.slice(link.end, trailTo), cutLead: leadFrom > lineStart, cutTrail: trailTo < lineEnd },
    };
  });
}

export interface AppliedLinks {
  /** The text with the kept changes written; `current` itself when none could be. */
  text: string;
  /** The links written, in text order: the kept changes that still stand in `current`. */
  applied: ConceptLink[];
  /** Kept changes not written: the note changed under them since the preview. */
  skipped: LinkChange[];
}

/**
 * Writes the kept changes of one note into its current text: each one only where planning the
 * current text (every mention, by the same rules and options) makes exactly that change.
 */
export function applyLinkChanges(index: VaultIndex, path: string, current: string, kept: readonly LinkChange[], options: Omit<LinkOptions, "everyMention">): AppliedLinks {
  if (kept.length === 0) return { text: current, applied: [], skipped: [] };
  const plan = planConceptLinks(index, path, current, { ...options, everyMention: true });
  const byKey = new Map(plan.links.map((link) => [keyOf(link.start, link.end, link.replacement), link]));
  const applied: ConceptLink[] = [];
  const skipped: LinkChange[] = [];
  for (const change of kept) {
    const link = byKey.get(keyOf(change.start, change.end, change.after));
    if (link && link.surface === change.before) applied.push(link);
    else skipped.push(change);
  }
  applied.sort((a, b) => a.start - b.start);
  const unique = applied.filter((link, i) => i === 0 || (applied[i - 1] as ConceptLink).start !== link.start);
  return { text: applyLinks(current, unique), applied: unique, skipped };
}

function keyOf(start: number, end: number, replacement: string): string {
  return `${start}:${end}:${replacement}`;
}
