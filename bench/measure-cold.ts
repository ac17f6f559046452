import type { VaultIndex } from "../src/engine/index/vault-index";
import type { BaselineEngine } from "./baseline-engine";
import type { ColdIndexFigure } from "./figures/cold-index";
import { heapRetainedBy, type Retained } from "./figures/heap";
import { collectGarbage } from "./stats";

/**
 * The cold index measured `runs` times, each run after a floor of its own and the lower bound
 * (the notes read and scanned by the automaton alone), both also in threads: the index in the
 * CLI's threads, in one thread, ripgrep, and the baseline engine when given (which goes first in
 * odd runs and second in even ones, so neither engine always inherits the other's heap and
 * caches). The last threaded build runs under the heap probe; its index is the one returned.
 */
export function measureColdIndex(cold: ColdIndexFigure, runs: number, baseline: BaselineEngine | undefined, log: (text: string) => void): { index: VaultIndex; retained: Retained } {
  cold.measureFloor();
  let index: VaultIndex | undefined;
  let retained: Retained = { heap: 0, buffers: 0 };
  for (let run = 1; run <= runs; run++) {
    cold.measureFloor();
    cold.measureReadAndScan();
    cold.measureInThreads();
    const baselineFirst = run % 2 === 1 || run === runs;
    if (baseline && baselineFirst) {
      collectGarbage();
      cold.measureBaseline(baseline);
    }
    collectGarbage();
    cold.measureOneThread();
    collectGarbage();
    cold.measureScanBuild();
    if (baseline && !baselineFirst) {
      collectGarbage();
      cold.measureBaseline(baseline);
    }
    collectGarbage();
    if (run < runs) {
      cold.measureRipgrep(cold.measureIndex().concepts); // the index is dropped before the next run
    } else {
      const probe = heapRetainedBy(() => cold.measureIndex());
      index = probe.result;
      retained = probe.retained;
      cold.measureRipgrep(index.concepts);
    }
    log(`cold index run ${run}/${runs} done`);
  }
  cold.cleanUp();
  if (!index) throw new Error("no index built");
  return { index, retained };
}
