import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { pendingQuestionsOf, questionStatusCounts } from "../../../src/engine/index/record-questions";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/**
 * The dashboard's cheaper reads of a record's questions against the full one (`questions`, each
 * with its key), over every note of the example vault and of the answers test vault: open,
 * unsure and answered questions, callouts, Korean endings, questions asked twice in a note.
 */
describe("a record's questions, read for the dashboard", () => {
  const notes = ["example-vault", "test/vaults/answers"].flatMap((folder) => {
    const index = VaultIndex.build(readVault(folder).files.map((f) => [f.path, f.text] as const));
    return index.paths().map((path) => index.note(path)).filter((note) => note !== undefined);
  });

  it("count each status as the questions say", () => {
    let counted = 0;
    for (const note of notes) {
      const statuses = note.questions.map((q) => q.status);
      const counts = questionStatusCounts(note);
      expect(counts).toEqual({ open: statuses.filter((s) => s === "open").length, unsure: statuses.filter((s) => s === "unsure").length, answered: statuses.filter((s) => s === "answered").length });
      counted += statuses.length;
    }
    expect(counted).toBeGreaterThan(20);
  });

  it("give the questions still asking as the full read does, without their keys", () => {
    let pending = 0;
    for (const note of notes) {
      const expected = note.questions.filter((q) => q.status !== "answered").map(({ key: _key, ...rest }) => rest);
      expect(pendingQuestionsOf(note)).toEqual(expected);
      pending += expected.length;
    }
    expect(pending).toBeGreaterThan(10);
    expect(notes.some((note) => note.questions.some((q) => q.status === "answered"))).toBe(true);
  });
});
