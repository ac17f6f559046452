import { describe, expect, it } from "vitest";
import { parseNote } from "../../src/engine/parse/parse-note";
import { LONG_LINE_CASES } from "./adversarial.cases";

/**
 * The one place the corpus uses a clock: how hard a regex backtracks inside V8 is invisible to
 * the work meter, and the line regexes see a long line whole. This is only a guard against
 * quadratic blow-up, not a speed figure: the larger line is 4× the smaller, so linear time is a
 * ratio near 4, quadratic 16, and anything under 12 passes. Each size is timed as the best of 3
 * runs, each run repeating the parse until the smaller size takes at least 20 ms.
 */
describe("long single lines take time linear in their length (a guard against regex backtracking)", () => {
  const LINE = 20_000;

  function timed(text: string, repeats: number): number {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) parseNote("line.md", text);
    return performance.now() - start;
  }
  const bestOf3 = (text: string, repeats: number): number => Math.min(timed(text, repeats), timed(text, repeats), timed(text, repeats));

  it.each(LONG_LINE_CASES)("$name", ({ note }) => {
    const [small, large] = [note(LINE), note(4 * LINE)];
    timed(small, 1); // compiled and warm before the clock counts
    let repeats = 1;
    while (timed(small, repeats) < 20 && repeats < 4096) repeats *= 2;
    const ratio = bestOf3(large, repeats) / bestOf3(small, repeats);
    expect(ratio, `4× the line took ${ratio.toFixed(1)}× the time`).toBeLessThan(12);
  });
});
