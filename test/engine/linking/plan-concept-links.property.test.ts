import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planConceptLinks } from "../../../src/engine/linking/plan-concept-links";
import { expectOnlyReportedSpansChanged, expectProtectedSpansKept } from "./link-invariants";
import { grammarIndex, grammarLinkText } from "./grammar-vault";
import { markdownNote } from "./markdown-grammar";

/**
 * Random notes from a grammar of every construct (`markdown-grammar.ts`), linked twice: the
 * second run changes nothing, no protected span changes, and only the reported spans do; the
 * CRLF, BOM and NFD forms of a note are linked byte for byte as its LF form, or left alone.
 */

const index = grammarIndex;
const linkText = grammarLinkText;
const plan = (text: string, everyMention: boolean) => planConceptLinks(index, "note.md", text, { everyMention, linkText });

describe("linking random notes", () => {
  it("is idempotent, keeps every protected span, and changes only what it reports", () => {
    let linked = 0;
    fc.assert(
      fc.property(markdownNote, fc.boolean(), (note, every) => {
        const first = plan(note, every);
        linked += first.links.length;
        expectOnlyReportedSpansChanged(note, first);
        expectProtectedSpansKept(note, first);
        const second = plan(first.text, every);
        expect(second.links).toEqual([]);
        expect(second.text).toBe(first.text);
      }),
      { numRuns: 300 },
    );
    // The property says little if the grammar's notes were never linked.
    expect(linked).toBeGreaterThan(300);
  });

  it("links a CRLF or BOM note as its LF twin, byte for byte", () => {
    fc.assert(
      fc.property(markdownNote, fc.boolean(), fc.boolean(), (note, every, bom) => {
        const lf = plan(note, every).text;
        const stored = (bom ? "\uFEFF" : "") + note.replace(/\n/g, "\r\n");
        const result = plan(stored, every);
        expect(result.text).toBe((bom ? "\uFEFF" : "") + lf.replace(/\n/g, "\r\n"));
        expectOnlyReportedSpansChanged(stored, result);
      }),
      { numRuns: 150 },
    );
  });

  it("leaves lines stored in NFD as they are, and links the other lines as in NFC", () => {
    fc.assert(
      fc.property(markdownNote, fc.array(fc.boolean(), { maxLength: 40 }), (note, decompose) => {
        const lines = note.split("\n");
        const stored = lines.map((line, i) => (decompose[i] ? line.normalize("NFD") : line)).join("\n");
        const result = plan(stored, true);
        expectOnlyReportedSpansChanged(stored, result);
        const nfc = plan(note, true).text.split("\n");
        result.text.split("\n").forEach((line, i) => {
          const original = stored.split("\n")[i] as string;
          expect(line).toBe(original !== (lines[i] as string) ? original : nfc[i]);
        });
      }),
      { numRuns: 150 },
    );
  });
});
