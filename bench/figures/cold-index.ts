import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readVault } from "../../src/cli/read-vault";
import type { ConceptSet } from "../../src/engine/concepts/concept-set";
import type { BaselineEngine } from "../baseline-engine";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { ratioOf, type FigureRow } from "../figure";
import { median } from "../stats";
import type { GeneratedVault } from "../vault-generator";

/**
 * Cold full index: read + parse + match + index of every note, as `scan` does it (`readVault`,
 * then `VaultIndex.build`), against two references measured in the same run on the same folder:
 * - the I/O floor: Node walking the folder and reading every note into a string, nothing else;
 * - ripgrep counting the lines that hold any alias of the same concepts (`rg -c -i -F -f`);
 * - with `--baseline REF`, the same cold index built by the engine at REF, the two taking turns.
 */
export class ColdIndexFigure {
  private readonly floorMs: number[] = [];
  private readonly readMs: number[] = [];
  private readonly buildMs: number[] = [];
  private readonly rgMs: number[] = [];
  private readonly baselineMs: number[] = [];
  private rgMissing = false;
  private patternFile: string | undefined;

  constructor(private readonly vault: GeneratedVault) {}

  measureFloor(): void {
    const started = performance.now();
    const chars = readAllNotes(this.vault.dir);
    this.floorMs.push(performance.now() - started);
    if (chars === 0) throw new Error(`no notes read under ${this.vault.dir}`);
  }

  /** One cold build; the texts read are released before it returns, only the index stays. */
  measureIndex(): VaultIndex {
    const started = performance.now();
    const reading = readVault(this.vault.dir);
    const read = performance.now();
    const index = VaultIndex.build(reading.files.map((file) => [file.path, file.text] as const));
    const built = performance.now();
    this.readMs.push(read - started);
    this.buildMs.push(built - read);
    return index;
  }

  /** One cold build by the baseline engine, read included, its index dropped at once. */
  measureBaseline(engine: BaselineEngine): void {
    const started = performance.now();
    const reading = engine.readVault(this.vault.dir);
    engine.VaultIndex.build(reading.files.map((file) => [file.path, file.text] as const));
    this.baselineMs.push(performance.now() - started);
  }

  measureRipgrep(concepts: ConceptSet): void {
    if (this.rgMissing) return;
    this.patternFile ??= writePatterns(concepts, this.vault.notes);
    const started = performance.now();
    const run = spawnSync("rg", ["--count", "--ignore-case", "--fixed-strings", "--file", this.patternFile, this.vault.dir], { maxBuffer: 1 << 28 });
    const ms = performance.now() - started;
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      this.rgMissing = true;
      return;
    }
    this.rgMs.push(ms);
  }

  /** Removes the alias file written for ripgrep. */
  cleanUp(): void {
    if (this.patternFile) rmSync(this.patternFile, { force: true });
  }

  rows(targetSize: number, baselineRef?: string): FigureRow[] {
    const notes = this.vault.notes;
    const cold = median(this.buildMs.map((ms, i) => ms + (this.readMs[i] as number)));
    const floor = median(this.floorMs);
    const detail = `read ${median(this.readMs).toFixed(0)} ms + build ${median(this.buildMs).toFixed(0)} ms; ${(this.vault.bytes / 1048576).toFixed(1)} MB, median of ${this.buildMs.length}`;
    const judged = notes === targetSize;
    const floorRatio = ratioOf(cold, floor);
    const vsFloor: FigureRow = {
      notes,
      figure: "cold full index",
      value: cold,
      unit: "ms",
      reference: { label: "node read-only floor", value: floor, unit: "ms" },
      detail,
    };
    if (floorRatio !== undefined) vsFloor.ratio = floorRatio;
    if (judged) vsFloor.target = { text: "≤ 1.5 × floor", pass: floorRatio !== undefined && floorRatio <= 1.5 };

    const rg = this.rgMissing ? null : median(this.rgMs);
    const vsRg: FigureRow = {
      notes,
      figure: "cold full index vs rg",
      value: cold,
      unit: "ms",
      reference: { label: "rg -c -i -F (aliases)", value: rg, unit: "ms", ...(rg === null ? { note: "not installed" } : {}) },
    };
    const rgRatio = ratioOf(cold, rg);
    if (rgRatio !== undefined) vsRg.ratio = rgRatio;
    if (judged) vsRg.target = rg === null ? { text: "< rg (not installed)", pass: true } : { text: "< 1 × rg", pass: rgRatio !== undefined && rgRatio < 1 };
    const rows = [vsFloor, vsRg];
    if (baselineRef !== undefined && this.baselineMs.length > 0) {
      const before = median(this.baselineMs);
      const ratio = cold / before;
      rows.push({
        notes,
        figure: "cold full index vs baseline",
        value: cold,
        unit: "ms",
        reference: { label: `engine at ${baselineRef}`, value: before, unit: "ms" },
        ratio,
        target: { text: "≤ 1 × baseline", pass: ratio <= 1 },
        detail: `runs (ms) now ${this.buildMs.map((ms, i) => (ms + (this.readMs[i] as number)).toFixed(0)).join(" ")}; baseline ${this.baselineMs.map((ms) => ms.toFixed(0)).join(" ")}`,
      });
    }
    return rows;
  }
}

/** The I/O floor: what reading the notes costs before any of our work. Returns the characters read. */
function readAllNotes(dir: string): number {
  let chars = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chars += readAllNotes(path);
    else if (entry.name.endsWith(".md")) chars += readFileSync(path, "utf8").length;
  }
  return chars;
}

/** Every alias the matcher looks for, one a line, as ripgrep's `--file` reads them. */
function writePatterns(concepts: ConceptSet, notes: number): string {
  const patterns = new Set<string>();
  for (const concept of concepts.concepts) {
    for (const alias of [...concept.en, ...concept.exact, ...concept.ko]) patterns.add(alias);
    for (const alias of concept.ko) if (alias.includes(" ")) patterns.add(alias.replace(/\s+/g, "")); // as the matcher does
  }
  const file = join(tmpdir(), `linked-devops-notes-bench-aliases-${notes}-${process.pid}.txt`);
  writeFileSync(file, [...patterns].join("\n") + "\n");
  return file;
}
