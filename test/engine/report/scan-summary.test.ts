import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readVault } from "../../../src/cli/read-vault";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { buildScanReport } from "../../../src/engine/report/scan-report";
import { buildScanSummary } from "../../../src/engine/report/scan-summary";

/**
 * `scan` without `--json` prints numbers read off the index without making the report: they are
 * the report's own, on vaults with questions of every status, missing links and warnings.
 */

const VAULTS = ["example-vault", "test/vaults/answers", "test/vaults/links", "test/vaults/linker-traps", "test/corpus/notes"];

describe("the scan summary", () => {
  it.each(VAULTS)("says what the whole report says of %s", (folder) => {
    const reading = readVault(resolve(folder));
    const index = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    const meta = { vault: folder, indexMs: 7, warnings: reading.warnings };
    const report = buildScanReport(index, meta);
    const summary = buildScanSummary(index, meta);
    expect(summary).toEqual({ vault: report.vault, stats: report.stats, unresolvedLinks: report.unresolvedLinks, warnings: report.warnings });
    expect(summary.stats.mentions).toBeGreaterThan(0);
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
