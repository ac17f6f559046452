import { join } from "node:path";
import { readVault } from "../src/cli/read-vault";
import { VaultIndex } from "../src/engine/index/vault-index";
import type { BaselineEngine } from "./baseline-engine";
import type { FigureContext, FigureRow } from "./figure";
import { ColdIndexFigure } from "./figures/cold-index";
import { measureDashboard } from "./figures/dashboard";
import { measureEditHeap } from "./figures/edit-heap";
import { measureEditorKeystroke } from "./figures/editor-keystroke";
import { heapRow } from "./figures/heap";
import { measureIncremental } from "./figures/incremental";
import { measureReviewCards } from "./figures/review-cards";
import { measureSearch } from "./figures/search";
import { measureAnswers } from "./figures/answers";
import { measureConceptPage } from "./figures/concept-page";
import { measureColdIndex } from "./measure-cold";
import { generateVault } from "./vault-generator";

/**
 * Every figure for one vault size, in one process (the bench runs one process per size, so a
 * size's garbage and heap never reach the next). The cold index is measured first, its last run
 * under the heap probe; the index it leaves is the one the other figures read.
 */
export function measureSize(notes: number, options: { seed: number; targetSize: number; fresh: boolean; repoRoot: string; threadScript: string; baseline?: BaselineEngine | undefined }): FigureRow[] {
  const log = (text: string): void => void process.stderr.write(`  [${notes} notes] ${text}\n`);
  const vault = generateVault(notes, options.seed, { fresh: options.fresh });
  log(vault.reused ? `vault reused: ${vault.dir}` : `vault written in ${(vault.writeMs / 1000).toFixed(1)} s: ${vault.dir}`);

  // Warm the JIT and the page cache, so that run 1 is not the only run paying for them.
  VaultIndex.build(readVault(join(options.repoRoot, "example-vault")).files.map((f) => [f.path, f.text] as const));
  const baseline = options.baseline;
  if (baseline) baseline.VaultIndex.build(baseline.readVault(join(options.repoRoot, "example-vault")).files.map((f) => [f.path, f.text] as const));
  const cold = new ColdIndexFigure(vault, options.threadScript);
  const { index, retained } = measureColdIndex(cold, notes >= 100_000 ? 1 : baseline ? 5 : 3, baseline, log);

  const judged = notes === options.targetSize;
  const rows: FigureRow[] = [...cold.rows(judged ? { floorRatio: 1.5 } : undefined, baseline?.ref), heapRow(notes, retained, vault.bytes, judged)];
  const context: FigureContext = { vault, index, targetSize: options.targetSize };
  const figures = [["incremental", measureIncremental], ["search", measureSearch], ["dashboard", measureDashboard], ["review cards", measureReviewCards], ["editor keystroke", measureEditorKeystroke], ["edit heap", measureEditHeap], ["answers", measureAnswers], ["concept page", measureConceptPage]] as const;
  for (const [name, measure] of figures) {
    try {
      rows.push(...measure(context));
    } catch (error) {
      rows.push({ notes, figure: name, value: Number.NaN, unit: "ms", detail: `failed: ${error instanceof Error ? error.message : String(error)}` });
    }
    log(`${name} done`);
  }
  return rows;
}
