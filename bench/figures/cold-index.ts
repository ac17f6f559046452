import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultThreads, indexVault } from "../../src/cli/load-vault";
import type { AhoCorasick } from "../../src/engine/concepts/aho-corasick";
import type { ConceptSet } from "../../src/engine/concepts/concept-set";
import type { VaultIndex } from "../../src/engine/index/vault-index";
import type { BaselineEngine } from "../baseline-engine";
import { ratioOf, type FigureRow } from "../figure";
import { median } from "../stats";
import { walkNotes } from "./note-walk";
import { glossaryAutomaton, ThreadedBound } from "./threaded-bound";

/** How the row of the cold index as the CLI builds it begins (the rest says how many threads it used). */
export const CLI_COLD_INDEX_FIGURE = "cold full index (as the CLI reads it";

/** The folder a cold index is measured on: a generated vault, or a real one (`--vault DIR`). */
export interface MeasuredFolder {
  dir: string;
  notes: number;
  bytes: number;
}

/**
 * Cold full index: list, read, parse, match and index every note, as the CLI does it
 * (`indexVault` choosing its threads: for a large vault the main thread reads every note,
 * parses a share and builds the index, a reader thread for every other core parses the rest;
 * a small one is read in the main thread alone), against
 * references measured in the same run on the same folder:
 * - the I/O floor: Node walking the folder and reading every note into a string, one thread,
 *   nothing else;
 * - ripgrep counting the lines that hold any alias of the same concepts (`rg -c -i -F -f`);
 *   `apt-get install ripgrep` (Debian) if the table says it is not installed;
 * - the same cold index in one thread (`--threads 1`), and as `scan` builds it there: without the
 *   words answer suggestions score notes by, which only `answers` and the plugin keep;
 * - the least any index that recognises our concepts can cost: every note read as the floor
 *   reads it and passed once through the built-in glossary's automaton, nothing else (no
 *   markdown, no questions, no records), one thread. It is what the floor target is up against:
 *   a target under it cannot be met by any parse that keeps the automaton;
 * - the floor and that bound again in as many threads as the CLI uses here for a large vault
 *   (one a core, at most 8; `threaded-bound.ts`): what threads can at best give here;
 * - with `--baseline REF`, the cold index built by the engine at REF (one thread), the two
 *   taking turns, against ours in one thread.
 */
export class ColdIndexFigure {
  private readonly floorMs: number[] = [];
  private readonly threadedMs: number[] = [];
  private readonly oneThreadMs: number[] = [];
  private readonly scanMs: number[] = [];
  private readonly rgMs: number[] = [];
  private readonly baselineMs: number[] = [];
  private readonly readAndScanMs: number[] = [];
  /** The automaton's own share of each read-and-scan run. */
  private readonly scanOnlyMs: number[] = [];
  private automaton: AhoCorasick | undefined;
  private readonly floorInThreadsMs: number[] = [];
  private readonly boundInThreadsMs: number[] = [];
  private inThreads: ThreadedBound | undefined;
  private rgMissing = false;
  private patternFile: string | undefined;
  /** Threads the CLI chose for this folder (it starts reader threads only for a large vault). */
  private threads = 1;

  constructor(
    private readonly folder: MeasuredFolder,
    /** The bench's own bundle, which runs a reader when started as a thread. */
    private readonly threadScript: string,
  ) {}

  measureFloor(): void {
    const started = performance.now();
    const chars = readAllNotes(this.folder.dir);
    this.floorMs.push(performance.now() - started);
    if (chars === 0) throw new Error(`no notes read under ${this.folder.dir}`);
  }

  /**
   * The lower bound: the notes read as {@link measureFloor} reads them, each passed through the
   * automaton as soon as it is read. The automaton is built before the clock starts, as a
   * reader thread builds its matcher while the notes are listed.
   */
  measureReadAndScan(): void {
    if (!this.automaton) {
      this.automaton = glossaryAutomaton();
    }
    const automaton = this.automaton;
    let scanning = 0;
    let hits = 0;
    const started = performance.now();
    readAllNotes(this.folder.dir, (text) => {
      const scanStarted = performance.now();
      hits += automaton.scan(text).count;
      scanning += performance.now() - scanStarted;
    });
    this.readAndScanMs.push(performance.now() - started);
    this.scanOnlyMs.push(scanning);
    if (hits === 0) throw new Error(`the automaton found nothing under ${this.folder.dir}`);
  }

  /**
   * The floor and the lower bound in the threads the CLI would use here (with one core: not
   * measured). The workers start, and build their automaton, before the first clock starts.
   */
  measureInThreads(): void {
    const threads = defaultThreads();
    if (threads < 2) return;
    this.inThreads ??= new ThreadedBound(this.threadScript, threads);
    this.floorInThreadsMs.push(this.inThreads.measure(this.folder.dir, false));
    this.boundInThreadsMs.push(this.inThreads.measure(this.folder.dir, true));
  }

  /** One cold build as the CLI makes it; the texts read are released before it returns, only the index stays. */
  measureIndex(): VaultIndex {
    const started = performance.now();
    const { index, threads } = indexVault(this.folder.dir, { threadScript: this.threadScript });
    this.threadedMs.push(performance.now() - started);
    this.threads = threads;
    return index;
  }

  /** One cold build in this thread alone, its index dropped at once. */
  measureOneThread(): void {
    const started = performance.now();
    indexVault(this.folder.dir, { threads: 1 });
    this.oneThreadMs.push(performance.now() - started);
  }

  /** One cold build in this thread as `scan`, `dashboard`, `link` and `review` make it: no answer terms. */
  measureScanBuild(): void {
    const started = performance.now();
    indexVault(this.folder.dir, { threads: 1, answerTerms: false });
    this.scanMs.push(performance.now() - started);
  }

  /** One cold build by the baseline engine, read included, its index dropped at once. */
  measureBaseline(engine: BaselineEngine): void {
    const started = performance.now();
    const reading = engine.readVault(this.folder.dir);
    engine.VaultIndex.build(reading.files.map((file) => [file.path, file.text] as const));
    this.baselineMs.push(performance.now() - started);
  }

  measureRipgrep(concepts: ConceptSet): void {
    if (this.rgMissing) return;
    this.patternFile ??= writePatterns(concepts);
    const started = performance.now();
    const run = spawnSync("rg", ["--count", "--ignore-case", "--fixed-strings", "--file", this.patternFile, this.folder.dir], { maxBuffer: 1 << 28 });
    const ms = performance.now() - started;
    if (run.error || (run.status !== 0 && run.status !== 1)) {
      this.rgMissing = true;
      return;
    }
    this.rgMs.push(ms);
  }

  /** Removes the alias file written for ripgrep, and stops the bound's threads. */
  cleanUp(): void {
    if (this.patternFile) rmSync(this.patternFile, { force: true });
    this.inThreads?.close();
  }

  /**
   * The rows: the cold index against the floor, against ripgrep, against itself in one thread
   * (and the baseline). `target`: the ratio to the floor it is judged by at this size, if any.
   */
  rows(target: { floorRatio: number } | undefined, baselineRef?: string): FigureRow[] {
    const notes = this.folder.notes;
    const cold = median(this.threadedMs);
    const floor = median(this.floorMs);
    const oneThread = median(this.oneThreadMs);
    const size = `${(this.folder.bytes / 1048576).toFixed(1)} MB in ${notes} notes`;
    const runs = (list: readonly number[]): string => list.map((ms) => ms.toFixed(0)).join(" ");
    /** A build's time against the read floor, with its ratio to it. */
    const againstFloor = (figure: string, value: number, detail: string): FigureRow => {
      const row: FigureRow = { notes, figure, value, unit: "ms", reference: { label: "node read-only floor, one thread", value: floor, unit: "ms" }, detail };
      const ratio = ratioOf(value, floor);
      if (ratio !== undefined) row.ratio = ratio;
      return row;
    };
    const vsFloor = againstFloor(
      `${CLI_COLD_INDEX_FIGURE}: ${this.threads === 1 ? "one thread" : `${this.threads} threads`})`,
      cold,
      `${size}; runs (ms) ${runs(this.threadedMs)}; floor ${runs(this.floorMs)}`,
    );
    const floorRatio = vsFloor.ratio;
    if (target) vsFloor.target = { text: `≤ ${target.floorRatio} × floor`, pass: floorRatio !== undefined && floorRatio <= target.floorRatio };

    const rg = this.rgMissing ? null : median(this.rgMs);
    const vsRg: FigureRow = {
      notes,
      figure: "cold full index vs rg",
      value: cold,
      unit: "ms",
      reference: { label: "rg -c -i -F (aliases)", value: rg, unit: "ms", ...(rg === null ? { note: "rg not installed (apt-get install ripgrep)" } : {}) },
    };
    const rgRatio = ratioOf(cold, rg);
    if (rgRatio !== undefined) vsRg.ratio = rgRatio;

    const rows = [vsFloor, vsRg, againstFloor("cold full index, one thread", oneThread, `runs (ms) ${runs(this.oneThreadMs)}`)];
    if (this.readAndScanMs.length > 0) {
      const bound = againstFloor(
        "lower bound: notes read and passed through the glossary's automaton, nothing else, one thread",
        median(this.readAndScanMs),
        `runs (ms) ${runs(this.readAndScanMs)}; the automaton ${median(this.scanOnlyMs).toFixed(0)} ms of it`,
      );
      if (target && bound.ratio !== undefined && bound.ratio > target.floorRatio) bound.detail += `; the ≤ ${target.floorRatio} × floor target is under this bound`;
      rows.push(bound);
    }
    if (this.inThreads && this.boundInThreadsMs.length > 0) {
      const threads = `${this.inThreads.threads} threads`;
      const floorThreaded = median(this.floorInThreadsMs);
      const boundThreaded = median(this.boundInThreadsMs);
      const oneThreadBound = median(this.readAndScanMs);
      rows.push(againstFloor(`floor in ${threads}: notes listed, then read by every thread`, floorThreaded, `runs (ms) ${runs(this.floorInThreadsMs)}; ${(floor / floorThreaded).toFixed(2)} × as fast as one thread`));
      const bound = againstFloor(
        `lower bound in ${threads}: notes read and passed through the automaton by every thread`,
        boundThreaded,
        `runs (ms) ${runs(this.boundInThreadsMs)}; ${(oneThreadBound / boundThreaded).toFixed(2)} × as fast as one thread`,
      );
      if (target) {
        const room = target.floorRatio * floor - boundThreaded;
        bound.detail += room > 0 ? `; leaves ${room.toFixed(0)} ms under the ≤ ${target.floorRatio} × floor target for every other step of the index` : `; the ≤ ${target.floorRatio} × floor target is under this bound`;
      }
      rows.push(bound);
    }
    if (this.scanMs.length > 0) {
      const scan = median(this.scanMs);
      rows.push(againstFloor("cold index as scan builds it (no answer terms), one thread", scan, `runs (ms) ${runs(this.scanMs)}; the full index ${(oneThread / scan).toFixed(2)} × this`));
    }
    if (baselineRef !== undefined && this.baselineMs.length > 0) {
      const before = median(this.baselineMs);
      const ratio = oneThread / before;
      rows.push({
        notes,
        figure: "cold full index vs baseline, one thread",
        value: oneThread,
        unit: "ms",
        reference: { label: `engine at ${baselineRef}`, value: before, unit: "ms" },
        ratio,
        target: { text: "≤ 1 × baseline", pass: ratio <= 1 },
        detail: `runs (ms) now ${runs(this.oneThreadMs)}; baseline ${runs(this.baselineMs)}`,
      });
    }
    return rows;
  }
}

/**
 * The I/O floor: what reading the notes costs before any of our work. Returns the characters
 * read; `each`, if given, is called with every note's text as soon as it is read.
 */
export function readAllNotes(dir: string, each?: (text: string) => void): number {
  let chars = 0;
  walkNotes(dir, (path) => {
    const text = readFileSync(path, "utf8");
    each?.(text);
    chars += text.length;
  });
  return chars;
}

/** Every alias the matcher looks for, one a line, as ripgrep's `--file` reads them. */
function writePatterns(concepts: ConceptSet): string {
  const patterns = new Set<string>();
  for (const concept of concepts.concepts) {
    for (const alias of [...concept.en, ...concept.exact, ...concept.ko]) patterns.add(alias);
    for (const alias of concept.ko) if (alias.includes(" ")) patterns.add(alias.replace(/\s+/g, "")); // as the matcher does
  }
  const file = join(tmpdir(), `linked-devops-notes-bench-aliases-${process.pid}.txt`);
  writeFileSync(file, [...patterns].join("\n") + "\n");
  return file;
}
