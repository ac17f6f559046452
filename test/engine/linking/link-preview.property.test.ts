import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyLinkChanges, previewLinks } from "../../../src/engine/linking/link-preview";
import { applyLinks, planConceptLinks, type ConceptLink } from "../../../src/engine/linking/plan-concept-links";
import { readMarkdown } from "../../../src/engine/markdown/read-markdown";
import { gluedToWord } from "../../../src/engine/parse/mentions";
import { expectOnlyReportedSpansChanged, expectProtectedSpansKept } from "./link-invariants";
import { grammarIndex, grammarLinkText } from "./grammar-vault";
import { markdownNote } from "./markdown-grammar";

/**
 * Linking with a preview, on random notes of every construct: whichever changes the user keeps,
 * only those spans change, none lies in a heading, a link's text, code or a longer name, and the
 * text written is the previewed text with exactly the kept changes made.
 */

const index = grammarIndex;
const linkText = grammarLinkText;

/** What is never linked: a heading, a callout's title, a link's text, code of any kind, math, HTML, comments, URLs. */
const NEVER = new Set(["heading", "callout-title", "link-text", "code", "math", "html", "comment", "link-target", "url", "frontmatter", "html-text"]);

describe("linking with a preview", () => {
  it("writes exactly the kept changes, each where it was previewed, never in headings, link text, code or longer names", () => {
    let kept = 0;
    let dropped = 0;
    fc.assert(
      fc.property(markdownNote, fc.boolean(), fc.infiniteStream(fc.boolean()), (note, every, keep) => {
        const plan = planConceptLinks(index, "note.md", note, { everyMention: every, linkText });
        const changes = previewLinks("note.md", note, plan);
        expect(changes.map((c) => [c.start, c.end, c.before, c.after])).toEqual(plan.links.map((l) => [l.start, l.end, l.surface, l.replacement]));
        const chosen = changes.filter(() => keep.next().value as boolean);
        kept += chosen.length;
        dropped += changes.length - chosen.length;

        const result = applyLinkChanges(index, "note.md", note, chosen, { linkText });
        expect(result.skipped).toEqual([]);
        expect(result.applied.map((l) => [l.start, l.end, l.replacement])).toEqual(chosen.map((c) => [c.start, c.end, c.after]));
        // The preview lists exactly what is written: the previewed text with the kept changes made.
        const asLinks = chosen.map((c): ConceptLink => ({ conceptId: c.conceptId, line: c.line, column: c.column, start: c.start, end: c.end, surface: c.before, replacement: c.after }));
        expect(result.text).toBe(applyLinks(note, asLinks));
        // Only the kept spans changed, and nothing protected moved or broke.
        expectOnlyReportedSpansChanged(note, { text: result.text, links: result.applied, conceptsWithoutNote: [] });
        expectProtectedSpansKept(note, { text: result.text, links: result.applied, conceptsWithoutNote: [] });
        const spans = readMarkdown(note).inline.spans.list();
        for (const link of result.applied) {
          expect(spans.filter((s) => NEVER.has(s.kind) && s.from < link.end && link.start < s.to)).toEqual([]);
          expect(gluedToWord(note, link.start, link.end)).toBe(false);
          expect(note.slice(link.start - link.column).split("\n")[0]).not.toMatch(/^ {0,3}#{1,6}(\s|$)/);
        }
        // The preview's context is the change's own line.
        for (const change of changes) {
          const line = note.split("\n")[change.line - 1] as string;
          expect(line).toContain(change.context.lead + change.before + change.context.trail);
        }
      }),
      { numRuns: 300 },
    );
    // The property says little unless changes were both kept and dropped.
    expect(kept).toBeGreaterThan(150);
    expect(dropped).toBeGreaterThan(150);
  });

  it("skips a kept change whose text moved or changed since the preview, and writes the others", () => {
    const note = "도커는 좋다\n쿠버네티스도 좋다\n";
    const changes = previewLinks("note.md", note, planConceptLinks(index, "note.md", note, { everyMention: true, linkText }));
    expect(changes.map((c) => [c.line, c.before, c.after])).toEqual([
      [1, "도커", "[[Docker|도커]]"],
      [2, "쿠버네티스", "[[Kubernetes|쿠버네티스]]"],
    ]);
    // The first line was edited after the preview: the second change's offsets no longer hold.
    const edited = "오늘 도커는 좋다\n쿠버네티스도 좋다\n";
    const result = applyLinkChanges(index, "note.md", edited, changes, { linkText });
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual(changes);
    expect(result.text).toBe(edited);
    // Edited below the first change only: the first is still written.
    const below = "도커는 좋다\n쿠버네티스도 좋다\n추가한 줄\n";
    expect(applyLinkChanges(index, "note.md", below, changes, { linkText }).text).toBe("[[Docker|도커]]는 좋다\n[[Kubernetes|쿠버네티스]]도 좋다\n추가한 줄\n");
  });

  it("never plans a muted concept, and plans only the concepts asked for", () => {
    const note = "도커와 쿠버네티스와 포드맨\n";
    const muted = planConceptLinks(index, "note.md", note, { everyMention: true, linkText, muted: new Set(["docker"]) });
    expect(muted.text).toBe("도커와 [[Kubernetes|쿠버네티스]]와 [[Podman|포드맨]]\n");
    const only = planConceptLinks(index, "note.md", note, { everyMention: true, linkText, only: new Set(["podman"]) });
    expect(only.text).toBe("도커와 쿠버네티스와 [[Podman|포드맨]]\n");
  });

  it("shows the line around a change as stored, cut on long lines, CRLF and BOM kept out", () => {
    const long = `\uFEFF${"가".repeat(60)} 도커는 ${"나".repeat(60)}\r\n다음 줄`;
    const [change] = previewLinks("note.md", long, planConceptLinks(index, "note.md", long, { everyMention: true, linkText }));
    expect(change).toMatchObject({ line: 1, column: 61, before: "도커", after: "[[Docker|도커]]", context: { cutLead: true, cutTrail: true } });
    expect(change?.context.lead).toBe(`${"가".repeat(47)} `);
    expect(change?.context.trail).toBe(`는 ${"나".repeat(46)}`);
  });
});
