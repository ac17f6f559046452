import { expect } from "vitest";
import type { ConceptLink, LinkPlan } from "../../../src/engine/linking/plan-concept-links";
import { readMarkdown } from "../../../src/engine/markdown/read-markdown";
import type { ProtectedSpan } from "../../../src/engine/markdown/protected-spans";

/**
 * What must hold of every link plan, whatever the note: the checks the trap vault, the property
 * test and the shells' tests share.
 */

/** Only the reported spans changed: undoing each replacement gives back the note byte for byte. */
export function expectOnlyReportedSpansChanged(before: string, plan: LinkPlan): void {
  const parts: string[] = [];
  let at = 0; // in the linked text
  let shift = 0;
  for (const link of plan.links) {
    const linkedStart = link.start + shift;
    expect(plan.text.slice(linkedStart, linkedStart + link.replacement.length)).toBe(link.replacement);
    expect(before.slice(link.start, link.end)).toBe(link.surface);
    parts.push(plan.text.slice(at, linkedStart), link.surface);
    at = linkedStart + link.replacement.length;
    shift += link.replacement.length - (link.end - link.start);
  }
  parts.push(plan.text.slice(at));
  expect(parts.join("")).toBe(before);
}

/**
 * No protected span changed: no link falls in one, and the linked note, read again, has exactly
 * the spans it had, at their new offsets, besides the links written. (So no link opened or closed
 * anything: a code span, a comment, a table cell.) For notes read as stored (LF, NFC, no BOM).
 */
export function expectProtectedSpansKept(before: string, plan: LinkPlan): void {
  const original = readMarkdown(before).inline.spans.list();
  for (const link of plan.links) {
    const hit = original.find((span) => link.start < span.to && span.from < link.end);
    expect(hit, `${link.surface} at ${link.start} falls in a ${hit?.kind} span`).toBeUndefined();
  }
  const written = writtenRanges(plan.links);
  const moved = (offset: number): number => {
    let shift = 0;
    for (const link of plan.links) if (link.end <= offset) shift += link.replacement.length - (link.end - link.start);
    return offset + shift;
  };
  const after = readMarkdown(plan.text).inline.spans.list().filter((span) => !written.some(([from, to]) => from <= span.from && span.to <= to));
  expect(after).toEqual(original.map((span): ProtectedSpan => ({ from: moved(span.from), to: moved(span.to), kind: span.kind })));
}

/** Where each link lies in the linked text. */
function writtenRanges(links: readonly ConceptLink[]): Array<[number, number]> {
  let shift = 0;
  return links.map((link) => {
    const from = link.start + shift;
    shift += link.replacement.length - (link.end - link.start);
    return [from, from + link.replacement.length];
  });
}
