import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { FigureRow } from "./figure";
import { measureSize } from "./measure-size";
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

const seed = Number(option("--seed") ?? 20240302);
const fresh = process.argv.includes("--fresh");

if (process.argv.includes("--worker")) {
  const notes = Number(option("--size"));
  const rows = measureSize(notes, { seed, targetSize: TARGET_SIZE, fresh, repoRoot, baseline: baselineFromArgs(process.argv) });
  process.stdout.write(JSON.stringify(rows.map((row) => ({ ...row, value: Number.isNaN(row.value) ? null : row.value }))));
} else {
  const large = process.argv.includes("--large") || process.argv.includes("--100k");
  const sizes = (option("--sizes")?.split(",").map(Number) ?? [1000, 10_000, ...(large ? [100_000] : [])]).sort((a, b) => a - b);
  const machine = machineInfo();
  const started = performance.now();
  // Hit rates do not depend on the vault size: measured once, on the answers test vault.
  process.stderr.write("measuring answer hit rates on the answers test vault …\n");
  const rows: FigureRow[] = measureAnswerHitRates(repoRoot);
  for (const notes of sizes) {
    process.stderr.write(`measuring ${notes} notes …\n`);
    const flags = ["--expose-gc", ...(notes > 20_000 ? ["--max-old-space-size=16384"] : [])];
    const args = [...flags, __filename, "--worker", "--size", String(notes), "--seed", String(seed), ...(fresh ? ["--fresh"] : []), ...baselineArgs(process.argv)];
    const child = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
    if (child.status !== 0) {
      process.stderr.write(`the ${notes}-note run failed (exit ${child.status ?? child.signal})\n`);
      process.exit(1);
    }
    const measured = JSON.parse(child.stdout.toString("utf8")) as Array<FigureRow & { value: number | null }>;
    const sizeRows = measured.map((row) => ({ ...row, value: row.value ?? Number.NaN }));
    rows.push(...sizeRows);
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
