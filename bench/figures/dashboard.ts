import { buildDashboard } from "../../src/engine/dashboard/build-dashboard";
import type { FigureContext, FigureRow } from "../figure";
import { collectGarbage, median, timed } from "../stats";

/**
 * Dashboard model build time over the whole index. Its reference, the same figure at the next
 * smaller vault, is filled in by the report: growth in step with the notes shows nothing in it
 * is quadratic.
 */
export function measureDashboard(context: FigureContext): FigureRow[] {
  const runs = context.vault.notes >= 100_000 ? 3 : 7;
  const times: number[] = [];
  let concepts = 0;
  for (let i = 0; i < runs; i++) {
    // What the figures before this one left behind is not this one's cost: at 100k notes, with
    // their garbage collected inside it or not, the same build took 1.3 s in one run, 2.0 s in another.
    collectGarbage();
    const { ms, result } = timed(() => buildDashboard(context.index));
    times.push(ms);
    concepts = result.concepts.length;
  }
  return [{ notes: context.vault.notes, figure: "dashboard model build", value: median(times), unit: "ms", detail: `${concepts} concept rows, median of ${runs}` }];
}
