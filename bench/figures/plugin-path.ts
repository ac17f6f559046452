import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CLI_COLD_INDEX_FIGURE } from "./cold-index";
import { ratioOf, type FigureRow } from "../figure";
import { median } from "../stats";
import type { PluginPathResult } from "../plugin-path/run-live-index";

/**
 * The plugin's path to its first index: `LiveIndex.rebuild()` in a fake Obsidian over the same
 * generated vault, each note's metadata supplied as the app would have it, notes read with an
 * async `cachedRead` (`plugin-path/run-live-index.ts`, one process per run). Printed beside the
 * same run's references: the baseline's LiveIndex (`--baseline <ref>`, main by default: the
 * plugin's first index must be no slower), the CLI's cold index and the read floor; and the
 * longest task it kept the main thread busy (target: none over 50 ms).
 */

export interface PluginPathBundles {
  branch: string;
  baseline?: { bundle: string; label: string };
}

type Outcome = PluginPathResult | { error: string };

/**
 * Runs each bundle `runs` times, taking turns (this tree, the baseline, this tree …) so that the
 * machine's load falls on both alike; each figure is the median of its runs.
 */
export function runPluginPaths(bundles: PluginPathBundles, vaultDir: string, runs: number, log: (text: string) => void): { branch: Outcome; baseline?: Outcome } {
  const branch: Outcome[] = [];
  const baseline: Outcome[] = [];
  for (let run = 1; run <= runs; run++) {
    branch.push(runOnce(bundles.branch, vaultDir));
    if (bundles.baseline) baseline.push(runOnce(bundles.baseline.bundle, vaultDir));
    log(`plugin path run ${run}/${runs} done`);
  }
  return { branch: medianOf(branch), ...(bundles.baseline ? { baseline: medianOf(baseline) } : {}) };
}

function runOnce(bundle: string, vaultDir: string): Outcome {
  if (!existsSync(bundle)) return { error: `${bundle} is not built` };
  const child = spawnSync(process.execPath, ["--expose-gc", bundle, "--vault", vaultDir], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 24 });
  if (child.status !== 0) return { error: `exit ${child.status ?? child.signal}: ${child.stderr.toString("utf8").split("\n").slice(0, 3).join(" ")}` };
  return JSON.parse(child.stdout.toString("utf8")) as PluginPathResult;
}

/** Each number the median of the runs' (the first failure, if any run failed). */
function medianOf(outcomes: readonly Outcome[]): Outcome {
  const failed = outcomes.find((o): o is { error: string } => "error" in o);
  if (failed) return failed;
  const results = outcomes as PluginPathResult[];
  const first = results[0] as PluginPathResult;
  const out: Record<string, unknown> = { ...first, runs: results.length };
  for (const [key, value] of Object.entries(first)) {
    if (typeof value === "number") out[key] = median(results.map((r) => (r as unknown as Record<string, number>)[key] as number));
  }
  return out as unknown as PluginPathResult;
}

export function pluginPathRows(notes: number, targetSize: number, branch: Outcome, baseline: Outcome | undefined, baselineLabel: string, cliRows: readonly FigureRow[]): FigureRow[] {
  if ("error" in branch) return [{ notes, figure: "plugin first index (LiveIndex)", value: Number.NaN, unit: "ms", detail: `failed: ${branch.error}` }];
  const base = baseline && !("error" in baseline) ? baseline : undefined;
  const judged = notes === targetSize;
  const cold = cliRows.find((row) => row.notes === notes && row.figure.startsWith(CLI_COLD_INDEX_FIGURE));
  const floor = cold?.reference?.value ?? null;
  const counts = (r: PluginPathResult): string => `reads/note ${r.readsPerNote.toFixed(2)}, parses/note ${r.parsesPerNote.toFixed(2)}${r.yields === undefined ? "" : `, ${r.yields} yields`}`;

  const vsBaseline: FigureRow = {
    notes,
    figure: "plugin first index (LiveIndex)",
    value: branch.firstIndexMs,
    unit: "ms",
    reference: { label: `LiveIndex at ${baselineLabel}`, value: base?.firstIndexMs ?? null, unit: "ms", ...(base ? {} : { note: baseline && "error" in baseline ? "failed" : "no baseline" }) },
    detail: `median of ${branch.runs ?? 1}; ${counts(branch)}${base ? `; at ${baselineLabel}: ${counts(base)}` : baseline && "error" in baseline ? `; baseline failed: ${baseline.error}` : ""}`,
  };
  const ratio = ratioOf(branch.firstIndexMs, base?.firstIndexMs);
  if (ratio !== undefined) vsBaseline.ratio = ratio;
  // Judged only beside a baseline that has a LiveIndex: an engine from before the plugin host work
  // has none, and a row without its reference is no failure.
  if (judged && ratio !== undefined) vsBaseline.target = { text: "≤ 1 × baseline", pass: ratio <= 1 };

  const beside = (figure: string, label: string, value: number | null | undefined): FigureRow => {
    const row: FigureRow = { notes, figure, value: branch.firstIndexMs, unit: "ms", reference: { label, value: value ?? null, unit: "ms" } };
    const r = ratioOf(branch.firstIndexMs, value);
    if (r !== undefined) row.ratio = r;
    return row;
  };

  const task: FigureRow = {
    notes,
    figure: "plugin longest main-thread task",
    value: branch.longestTaskMs,
    unit: "ms",
    reference: { label: `LiveIndex at ${baselineLabel}`, value: base?.longestTaskMs ?? null, unit: "ms" },
    detail:
      `first index: ${branch.longTasks} tasks ≥ 50 ms, longest ${branch.longestTaskCpuMs.toFixed(0)} ms in CPU time, longest slice ${branch.longestSliceMs.toFixed(1)} ms; ` +
      `store written after it (${branch.storeKind}) in ${branch.saveMs.toFixed(0)} ms, longest task ${branch.saveLongestTaskMs.toFixed(0)} ms` +
      (base ? `; at ${baselineLabel}: ${base.longTasks} tasks ≥ 50 ms, its ${base.storeKind} cache written in ${base.saveMs.toFixed(0)} ms, longest task ${base.saveLongestTaskMs.toFixed(0)} ms` : ""),
  };
  if (judged) task.target = { text: "≤ 50 ms", pass: branch.longestTaskMs <= 50 && branch.saveLongestTaskMs <= 50 };
  return [vsBaseline, beside("plugin first index vs CLI", "CLI cold full index", cold?.value), beside("plugin first index vs floor", "node read-only floor", floor), task];
}
