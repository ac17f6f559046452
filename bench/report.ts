import { writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import type { FigureRow } from "./figure";
import { CLI_COLD_INDEX_FIGURE } from "./figures/cold-index";

/** The bench's output: a table on stdout, and `bench/results.json` (kept out of git). */

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  /** Load averages (1, 5, 15 min) when the bench started: other work on the machine skews every figure. */
  loadAverage: number[];
}

export function machineInfo(): Machine {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 1073741824),
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Adds each size's reference to the next smaller size, where growth is the figure: cold index and dashboard. */
export function addGrowthRows(rows: FigureRow[], sizes: readonly number[]): FigureRow[] {
  const out = [...rows];
  const find = (notes: number, figure: string): FigureRow | undefined => rows.find((r) => r.notes === notes && r.figure === figure);
  for (let i = 1; i < sizes.length; i++) {
    const [small, large] = [sizes[i - 1] as number, sizes[i] as number];
    const factor = large / small;
    const dashboard = find(large, "dashboard model build");
    const smallDashboard = find(small, "dashboard model build");
    if (dashboard && smallDashboard) {
      dashboard.reference = { label: `same at ${label(small)}`, value: smallDashboard.value, unit: "ms" };
      dashboard.ratio = dashboard.value / smallDashboard.value;
      dashboard.target = { text: `≤ ${factor * 1.1}× (linear)`, pass: dashboard.ratio <= factor * 1.1 };
    }
    const threadedCold = (notes: number): FigureRow | undefined => rows.find((r) => r.notes === notes && r.figure.startsWith(CLI_COLD_INDEX_FIGURE));
    const cold = threadedCold(large);
    const smallCold = threadedCold(small);
    if (cold && smallCold && large >= 100_000) {
      const ratio = cold.value / smallCold.value;
      out.push({
        notes: large,
        figure: "cold index growth",
        value: cold.value,
        unit: "ms",
        reference: { label: `cold index at ${label(small)}`, value: smallCold.value, unit: "ms" },
        ratio,
        target: { text: `≤ ${factor * 1.1}× (linear)`, pass: ratio <= factor * 1.1 },
      });
    }
  }
  return out;
}

export function formatTable(rows: readonly FigureRow[], machine: Machine): string {
  const header = ["notes", "figure", "value", "reference", "ratio", "target", "pass"];
  const body = rows.map((row) => [
    label(row.notes),
    row.figure,
    Number.isNaN(row.value) ? "—" : amount(row.value, row.unit),
    row.reference ? `${row.reference.value === null ? row.reference.note ?? "n/a" : amount(row.reference.value, row.reference.unit)} (${row.reference.label})` : "",
    row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}×`,
    row.target?.text ?? "",
    row.target ? (row.target.pass ? "pass" : "FAIL") : "",
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((cells) => (cells[c] as string).length)));
  const line = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c] as number)).join(" | ").trimEnd();
  const notes = rows.filter((row) => row.detail).map((row) => `  ${label(row.notes)} ${row.figure}: ${row.detail}`);
  return [
    `Linked DevOps Notes bench: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, node ${machine.node}, load ${machine.loadAverage.join(" ")} at start`,
    "",
    line(header),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...body.map(line),
    "",
    ...notes,
    ...(machine.loadAverage[0] !== undefined && machine.loadAverage[0] > machine.cores / 2
      ? ["", `  note: the machine was busy (load ${machine.loadAverage[0]} on ${machine.cores} cores) when the bench started; times are inflated.`]
      : []),
  ].join("\n");
}

export function writeResults(file: string, rows: readonly FigureRow[], machine: Machine, run: { seed: number; sizes: readonly number[] }): void {
  const failed = rows.filter((row) => row.target && !row.target.pass).map((row) => `${label(row.notes)} ${row.figure}`);
  const json = { date: new Date().toISOString(), machine, ...run, failed, figures: rows.map((row) => ({ ...row, value: Number.isNaN(row.value) ? null : row.value })) };
  writeFileSync(file, JSON.stringify(json, null, 2) + "\n");
}

function label(notes: number): string {
  return notes >= 1000 && notes % 1000 === 0 ? `${notes / 1000}k` : String(notes);
}

function amount(value: number, unit: string): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}
