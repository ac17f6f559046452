// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { TimeSlicer } from "../../../src/plugin/host/time-slicer";

/**
 * Slices sized by time, on a clock that each item moves on by its cost: the slicer yields before
 * an item that would take the slice past its budget, and calls made one after the other in one
 * task share that task's budget.
 */

function clocked(budget: number): { slicer: TimeSlicer; slices: number[][]; work: (cost: number) => void } {
  let time = 0;
  const slices: number[][] = [[]];
  const slicer = new TimeSlicer(budget, () => time, () => {
    slices.push([]);
    return Promise.resolve();
  });
  return { slicer, slices, work: (cost) => {
    time += cost;
    slices[slices.length - 1]?.push(cost);
  } };
}

describe("time slicer", () => {
  it("fills a slice up to its budget, then hands the thread back", async () => {
    const { slicer, slices, work } = clocked(30);
    await slicer.run([10, 10, 10, 10, 10], work, (cost) => cost);
    expect(slices).toEqual([[10, 10, 10], [10, 10]]);
    expect([slicer.yields, slicer.longestSliceMs]).toEqual([1, 30]);
  });

  it("yields before an item its weight says is heavy, so a large note starts a slice of its own", async () => {
    const { slicer, slices, work } = clocked(30);
    await slicer.run([5, 5, 5, 28, 5], work, (cost) => cost);
    expect(slices).toEqual([[5, 5, 5], [28], [5]]);
  });

  it("counts calls in one task against one budget", async () => {
    const { slicer, slices, work } = clocked(30);
    await slicer.run([10, 10], work, (cost) => cost);
    await slicer.run([10, 10], work, (cost) => cost); // the next batch, already read: the same task
    expect(slices).toEqual([[10, 10, 10], [10]]);
  });

  it("starts a fresh budget once the task has ended", async () => {
    const { slicer, slices, work } = clocked(30);
    await slicer.run([10, 10], work, (cost) => cost);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a read that took its time: a new task
    await slicer.run([10, 10], work, (cost) => cost);
    expect(slices).toEqual([[10, 10, 10, 10]]);
    expect(slicer.yields).toBe(0);
  });

  it("gives each step a task of its own; what follows shares the last step's", async () => {
    const { slicer, slices, work } = clocked(30);
    await slicer.run([5], work, (cost) => cost);
    await slicer.steps([() => work(12), () => work(12), () => work(12)]);
    await slicer.run([5, 5], work, (cost) => cost);
    expect(slices).toEqual([[5], [12], [12], [12, 5, 5]]);
    expect([slicer.yields, slicer.longestSliceMs]).toEqual([3, 22]);
  });
});
