import { statSync } from "node:fs";
import { join } from "node:path";
import { listVault } from "../src/cli/walk-vault";
import { readVault } from "../src/cli/read-vault";
import { VaultIndex } from "../src/engine/index/vault-index";
import type { BaselineEngine } from "./baseline-engine";
import type { FigureRow } from "./figure";
import { ColdIndexFigure, type MeasuredFolder } from "./figures/cold-index";
import { heapRow } from "./figures/heap";
import { measureColdIndex } from "./measure-cold";

/**
 * `npm run bench -- --vault DIR`: the cold index of a real vault folder against the same
 * references as the generated vaults' (the read floor, ripgrep, one thread, a baseline), judged
 * against twice the floor: a real vault's notes are shorter and its files more numerous than
 * the generator's, so the fixed costs per file weigh more.
 */
export function measureFolder(dir: string, options: { repoRoot: string; threadScript: string; baseline?: BaselineEngine | undefined }): FigureRow[] {
  const log = (text: string): void => void process.stderr.write(`  [${dir}] ${text}\n`);
  const listing = listVault(dir);
  let bytes = 0;
  for (const note of listing.notes) bytes += statSync(note.real).size;
  const folder: MeasuredFolder = { dir, notes: listing.notes.length, bytes };
  log(`${folder.notes} notes, ${(bytes / 1048576).toFixed(1)} MB`);
  VaultIndex.build(readVault(join(options.repoRoot, "example-vault")).files.map((f) => [f.path, f.text] as const));
  const cold = new ColdIndexFigure(folder, options.threadScript);
  const { retained } = measureColdIndex(cold, options.baseline ? 5 : 3, options.baseline, log);
  return [...cold.rows({ floorRatio: 2 }, options.baseline?.ref), heapRow(folder.notes, retained, bytes, false)];
}
