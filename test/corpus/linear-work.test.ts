import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultIndex } from "../../src/engine/index/vault-index";
import { buildScanReport } from "../../src/engine/report/scan-report";
import { ADVERSARIAL_CASES } from "./adversarial.cases";
import { measureWork, startMeter, stopMeter, type Work } from "./work-meter";

/**
 * No bad note takes more than linear time. Proved by counting work, not by timing it (speed
 * figures belong in `npm run bench`): each hostile note is read at two sizes, and the work must
 * grow like the note. Work ∝ size^k, k is estimated from the two sizes: 1 is linear, 1.1 is
 * n log n at these sizes, 1.5 is n√n, 2 quadratic. The meter is deterministic, so the bound
 * needs no slack for noise. Before the fixes this suite came with, the paths it was written
 * against measured k from 1.3 (n√n at these sizes) to 2.
 */

const N = 1_000;
const MAX_EXPONENT = 1.2;

/** Everything a note goes through: parsed and indexed (`upsert` parses), its links resolved, reported on. */
function readNote(index: VaultIndex, text: string): void {
  index.upsert("note.md", text);
  index.unresolvedLinksOf("note.md");
  buildScanReport(index, { vault: "", indexMs: 0 });
}

function exponent(small: number, large: number, sizeRatio: number): number {
  return Math.log(large / small) / Math.log(sizeRatio);
}

describe("reading a hostile note takes work linear in its size", () => {
  beforeAll(() => {
    // The meter first: V8 only counts the blocks of functions compiled after it starts.
    startMeter();
    readNote(new VaultIndex(), "warm up: 도커 [[a]] Q. x"); // lazily built tables are not the note's work
  });
  afterAll(stopMeter);

  it.each(ADVERSARIAL_CASES)("$name", ({ note }) => {
    const [small, large] = [note(N), note(4 * N)];
    // Fresh indexes made outside the measurement, and their concept matchers compiled (a first parse builds them).
    const [smallIndex, largeIndex] = [new VaultIndex(), new VaultIndex()];
    smallIndex.parse("warm.md", "");
    largeIndex.parse("warm.md", "");
    const a: Work = measureWork(() => readNote(smallIndex, small));
    const b: Work = measureWork(() => readNote(largeIndex, large));
    const sizeRatio = large.length / small.length;
    expect(sizeRatio).toBeGreaterThan(3);
    // A meter that saw nothing would pass every case: it must have seen at least the reading of the text.
    expect(Math.min(a.steps, a.chars)).toBeGreaterThan(small.length / 2);
    const k = { steps: exponent(a.steps, b.steps, sizeRatio), chars: exponent(a.chars, b.chars, sizeRatio) };
    expect(Math.max(k.steps, k.chars), `work grows like size^k, k = ${JSON.stringify(k)}`).toBeLessThan(MAX_EXPONENT);
  });
});
