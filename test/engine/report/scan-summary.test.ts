import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { buildScanReport } from "../../../src/engine/report/scan-report";
import { buildScanSummary } from "../../../src/engine/report/scan-summary";

/**
 * `scan` without `--json` prints numbers read off the index without making the report's lists
 * (the report takes them from it too): they are the counts of what the report lists, on vaults
 * with questions of every status, missing links and warnings.
 */

const VAULTS = ["example-vault", "test/vaults/answers", "test/vaults/links", "test/vaults/linker-traps", "test/corpus/notes"];

describe("the scan summary", () => {
  it.each(VAULTS)("counts what the whole report of %s lists", (folder) => {
    const reading = readVault(resolve(folder));
    const index = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    const meta = { vault: folder, indexMs: 7, warnings: reading.warnings };
    const report = buildScanReport(index, meta);
    const summary = buildScanSummary(index, meta);
    const byStatus = (status: string): number => report.questions.filter((q) => q.status === status).length;
    expect(summary.stats).toEqual({
      notes: report.notes.length,
      concepts: report.concepts.length,
      mentions: report.notes.reduce((sum, note) => sum + note.concepts.reduce((n, c) => n + c.count, 0), 0),
      questions: report.questions.length,
      openQuestions: byStatus("open"),
      unsureQuestions: byStatus("unsure"),
      indexMs: 7,
    });
    expect(summary.stats.mentions).toBe(report.concepts.reduce((sum, concept) => sum + concept.notes.reduce((n, note) => n + note.count, 0), 0));
    expect(summary.stats.mentions).toBeGreaterThan(0);
    expect(summary.unresolvedLinks.map((link) => link.target)).toEqual(index.unresolvedLinks().map((link) => link.target));
    expect(summary.warnings.slice(0, reading.warnings.length)).toEqual(reading.warnings);
    expect(summary.warnings.length - reading.warnings.length).toBe(index.paths().reduce((sum, path) => sum + (index.note(path)?.warnings.length ?? 0), 0));
  });

  it("counts every status, every warning and every missing link", () => {
    const summaryOf = (folder: string) => {
      const reading = readVault(resolve(folder));
      return buildScanSummary(VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const)), { vault: folder, indexMs: 0, warnings: reading.warnings });
    };
    const example = summaryOf("example-vault").stats;
    expect(example.openQuestions).toBeGreaterThan(0);
    expect(example.unsureQuestions).toBeGreaterThan(0);
    expect(example.questions).toBeGreaterThan(example.openQuestions + example.unsureQuestions);
    const corpus = summaryOf("test/corpus/notes");
    expect(corpus.warnings.length).toBeGreaterThan(0);
    expect(corpus.unresolvedLinks.length).toBeGreaterThan(0);
  });
});
