import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { LIST_ITEM_PRECISION_NOTES } from "./list-item-precision.cases";

/**
 * The list-item setting on notes written as study vaults write them: precision (of the items it
 * calls questions, the share that are) must stay at 90 % or more; recall is printed beside it.
 */
function measure(): { found: number; right: number; expected: number; wrong: string[]; missed: string[] } {
  const totals = { found: 0, right: 0, expected: 0, wrong: [] as string[], missed: [] as string[] };
  for (const { name, note, questions } of LIST_ITEM_PRECISION_NOTES) {
    const found = parseNote("note.md", note, { questions: { listItemQuestions: true } }).questions.map((q) => q.text);
    const wanted = new Set(questions);
    totals.found += found.length;
    totals.expected += questions.length;
    for (const text of found) {
      if (wanted.has(text)) totals.right++;
      else totals.wrong.push(`${name}: ${text}`);
    }
    for (const text of questions) if (!found.includes(text)) totals.missed.push(`${name}: ${text}`);
  }
  return totals;
}

describe("list items that ask, on notes modelled on real vaults", () => {
  it("are questions with at least 90 % precision", () => {
    const { found, right, expected, wrong, missed } = measure();
    const precision = right / found;
    const recall = right / expected;
    console.info(`list-item questions: precision ${precision.toFixed(3)} (${right}/${found}), recall ${recall.toFixed(3)} (${right}/${expected}) on ${LIST_ITEM_PRECISION_NOTES.length} notes`);
    if (wrong.length > 0) console.info(`  taken for questions:\n    ${wrong.join("\n    ")}`);
    if (missed.length > 0) console.info(`  missed:\n    ${missed.join("\n    ")}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it("find none of them without the setting (outside question headings)", () => {
    for (const { note } of LIST_ITEM_PRECISION_NOTES) {
      const kinds = parseNote("note.md", note).questions.map((q) => q.kind);
      expect(kinds.every((kind) => kind === "section" || kind === "marker")).toBe(true);
    }
  });
});
