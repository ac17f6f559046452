import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { isReaderThread, runReaderThread } from "../src/cli/reader-thread";
import { isBoundReader, runBoundReader } from "./figures/threaded-bound";
import type { FigureRow } from "./figure";
import { measureSize } from "./measure-size";
import { measureFolder } from "./measure-folder";
import { baselineArgs, baselineFromArgs } from "./baseline-engine";
import { addGrowthRows, formatTable, machineInfo, writeResults } from "./report";
import { measureAnswerHitRates } from "./figures/answers";
import { pluginPathRows, runPluginPaths } from "./figures/plugin-path";
import { generateVault } from "./vault-generator";

/**
 * `npm run bench [-- --large] [--sizes 1000,10000] [--seed N] [--fresh] [--baseline <ref>|none]`:
 * measures every figure on synthetic vaults of 1k and 10k notes (and 100k with `--large` or
 * `--100k`), one child process per size, then the plugin's path on the same vaults, then prints
 * the table and writes `bench/results.json`. With `--baseline`, the cold index and the plugin's
 * path are also measured with the code at that ref, in the same run (see run.mjs).
 * `npm run bench -- --vault DIR` measures the cold index of a vault folder of your own instead,
 * and the plugin's first index over it.
 *
 * This bundle is also what the CLI's reader threads run when the cold index is measured (see
 * `src/cli/reader-thread.ts`).
 */

/** The plugin path's bundles, as `run.mjs` built them. */
const PLUGIN_PATH = process.env.LDN_BENCH_PLUGIN_PATH;
const BASELINE = process.env.LDN_BENCH_BASELINE;
const BASELINE_LABEL = process.env.LDN_BENCH_BASELINE_LABEL ?? "baseline";
/** The plugin path holds every note's metadata in the fake app: not run on the 100k vault. */
const PLUGIN_PATH_MAX_NOTES = 20_000;
/** Runs of the plugin path per size, this tree's and the baseline's taking turns. */
const PLUGIN_PATH_RUNS = 3;

const TARGET_SIZE = 10_000;
const repoRoot = join(__dirname, "..", "..");

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (isReaderThread()) runReaderThread();
else if (isBoundReader()) runBoundReader();
else main();

function main(): void {
  const seed = Number(option("--seed") ?? 20240302);
  const fresh = process.argv.includes("--fresh");
  const folder = option("--vault");

  if (process.argv.includes("--worker")) {
    const baseline = baselineFromArgs(process.argv);
    const rows = folder !== undefined
      ? measureFolder(resolve(folder), { repoRoot, threadScript: __filename, baseline })
      : measureSize(Number(option("--size")), { seed, targetSize: TARGET_SIZE, fresh, repoRoot, threadScript: __filename, baseline });
    process.stdout.write(JSON.stringify(rows.map((row) => ({ ...row, value: Number.isNaN(row.value) ? null : row.value }))));
    return;
  }
  const large = process.argv.includes("--large") || process.argv.includes("--100k");
  const sizes = folder !== undefined ? [] : (option("--sizes")?.split(",").map(Number) ?? [1000, 10_000, ...(large ? [100_000] : [])]).sort((a, b) => a - b);
  const machine = machineInfo();
  const started = performance.now();
  const rows: FigureRow[] = [];
  const measure = (label: string, args: string[], bigHeap: boolean): FigureRow[] => {
    process.stderr.write(`measuring ${label} …\n`);
    const flags = ["--expose-gc", ...(bigHeap ? ["--max-old-space-size=16384"] : [])];
    const child = spawnSync(process.execPath, [...flags, __filename, "--worker", ...args, "--seed", String(seed), ...(fresh ? ["--fresh"] : []), ...baselineArgs(process.argv)], { stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
    if (child.status !== 0) {
      process.stderr.write(`the run on ${label} failed (exit ${child.status ?? child.signal})\n`);
      process.exit(1);
    }
    const measured = JSON.parse(child.stdout.toString("utf8")) as Array<FigureRow & { value: number | null }>;
    const sizeRows = measured.map((row) => ({ ...row, value: row.value ?? Number.NaN }));
    rows.push(...sizeRows);
    return sizeRows;
  };
  if (folder !== undefined) {
    // A real vault: the CLI's cold index, then the plugin's first index over the same folder.
    const folderRows = measure(folder, ["--vault", resolve(folder)], false);
    const notes = folderRows[0]?.notes;
    if (PLUGIN_PATH && notes !== undefined && notes <= PLUGIN_PATH_MAX_NOTES) {
      const bundles = { branch: PLUGIN_PATH, ...(BASELINE ? { baseline: { bundle: BASELINE, label: BASELINE_LABEL } } : {}) };
      const { branch, baseline } = runPluginPaths(bundles, resolve(folder), PLUGIN_PATH_RUNS, (text) => process.stderr.write(`  [${folder}] ${text}\n`));
      rows.push(...pluginPathRows(notes, notes, branch, baseline, BASELINE_LABEL, folderRows));
    }
  } else {
    // Hit rates do not depend on the vault size: measured once, on the answers test vault.
    process.stderr.write("measuring answer hit rates on the answers test vault …\n");
    rows.push(...measureAnswerHitRates(repoRoot));
  }
  for (const notes of sizes) {
    const sizeRows = measure(`${notes} notes`, ["--size", String(notes)], notes > 20_000);
    if (PLUGIN_PATH && notes <= PLUGIN_PATH_MAX_NOTES) {
      const dir = generateVault(notes, seed).dir;
      const bundles = { branch: PLUGIN_PATH, ...(BASELINE ? { baseline: { bundle: BASELINE, label: BASELINE_LABEL } } : {}) };
      const { branch, baseline } = runPluginPaths(bundles, dir, PLUGIN_PATH_RUNS, (text) => process.stderr.write(`  [${notes} notes] ${text}\n`));
      rows.push(...pluginPathRows(notes, TARGET_SIZE, branch, baseline, BASELINE_LABEL, sizeRows));
    }
  }
  const all = addGrowthRows(rows, sizes);
  process.stdout.write(formatTable(all, machine) + "\n");
  const resultsFile = join(repoRoot, "bench", "results.json");
  writeResults(resultsFile, all, machine, { seed, sizes });
  process.stdout.write(`\nwritten to bench/results.json in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
