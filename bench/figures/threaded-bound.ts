import { readFileSync } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { AhoCorasick } from "../../src/engine/concepts/aho-corasick";
import { conceptSetWith } from "../../src/engine/concepts/builtin-concepts";
import { compilePatterns } from "../../src/engine/concepts/match-patterns";
import { walkNotes } from "./note-walk";

/**
 * The floor and the lower bound again, in as many threads as the CLI's cold index of a large
 * vault uses: the notes listed, then read (and, for the bound, passed through the glossary's
 * automaton) by this thread and worker threads together, each taking batches of notes off a
 * shared counter, as the CLI's threads take theirs. Nothing else: no parse, no records, no
 * index, no messages but the listing. What a threaded cold index can at best reach on this
 * machine, measured in the same run as the one-thread figures: threads share the processor's
 * caches and memory, and two need not do twice the work of one.
 *
 * The workers are started, and build their automaton, once, before the first clock starts (as a
 * CLI reader builds its matcher while the notes are listed); each measure reuses them.
 */

/** Int32 slots of the shared buffer. */
const READY = 0;
const NEXT = 1;
const DONE = 2;
/** Notes a thread takes at a time, as the CLI's threads do. */
const BATCH = 32;
/** A worker silent this long (ms) is taken for dead. */
const SILENCE = 60_000;

interface BoundReaderData {
  role: "bound-reader";
  shared: SharedArrayBuffer;
}

/** What the main thread sends a worker for one measure: the listing, and whether to scan. */
interface BoundJob {
  paths: string[];
  scan: boolean;
}

/** The glossary's automaton, which the one-thread lower bound builds too. */
export function glossaryAutomaton(): AhoCorasick {
  const table = compilePatterns(conceptSetWith());
  return new AhoCorasick(table.texts, table.boundaries);
}

/** Whether this thread was started by {@link ThreadedBound} (the bench's entry then runs {@link runBoundReader}). */
export function isBoundReader(): boolean {
  return !isMainThread && (workerData as Partial<BoundReaderData> | null)?.role === "bound-reader";
}

export function runBoundReader(): void {
  const shared = new Int32Array((workerData as BoundReaderData).shared);
  const automaton = glossaryAutomaton();
  parentPort?.on("message", (job: BoundJob) => {
    takeBatches(job, shared, automaton);
    Atomics.add(shared, DONE, 1);
    Atomics.notify(shared, DONE);
  });
  Atomics.add(shared, READY, 1);
  Atomics.notify(shared, READY);
}

export class ThreadedBound {
  private readonly shared = new Int32Array(new SharedArrayBuffer(16));
  private readonly workers: Worker[];
  private readonly automaton = glossaryAutomaton();

  /** `threads`: this one and `threads − 1` workers, which run `script` (the bench's own bundle). */
  constructor(
    script: string,
    readonly threads: number,
  ) {
    const data: BoundReaderData = { role: "bound-reader", shared: this.shared.buffer };
    this.workers = Array.from({ length: threads - 1 }, () => new Worker(script, { workerData: data }));
    this.waitFor(READY, threads - 1);
  }

  /** Milliseconds to list and read every note (and scan it, with `scan`) in every thread. */
  measure(dir: string, scan: boolean): number {
    Atomics.store(this.shared, NEXT, 0);
    Atomics.store(this.shared, DONE, 0);
    const started = performance.now();
    const paths: string[] = [];
    walkNotes(dir, (path) => paths.push(path));
    for (const worker of this.workers) worker.postMessage({ paths, scan } satisfies BoundJob);
    takeBatches({ paths, scan }, this.shared, this.automaton);
    this.waitFor(DONE, this.workers.length);
    const ms = performance.now() - started;
    if (paths.length === 0) throw new Error(`no notes under ${dir}`);
    return ms;
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate();
  }

  private waitFor(slot: number, count: number): void {
    for (let seen = Atomics.load(this.shared, slot); seen < count; seen = Atomics.load(this.shared, slot)) {
      if (Atomics.wait(this.shared, slot, seen, SILENCE) === "timed-out") throw new Error(`the bound's worker threads said nothing for ${SILENCE / 1000} s`);
    }
  }
}

/** Reads (and scans) batches of the listed notes until none is left. */
function takeBatches(job: BoundJob, shared: Int32Array, automaton: AhoCorasick): void {
  for (let first = Atomics.add(shared, NEXT, 1) * BATCH; first < job.paths.length; first = Atomics.add(shared, NEXT, 1) * BATCH) {
    for (let at = first; at < Math.min(job.paths.length, first + BATCH); at++) {
      const text = readFileSync(job.paths[at] as string, "utf8");
      if (job.scan) automaton.scan(text);
    }
  }
}

