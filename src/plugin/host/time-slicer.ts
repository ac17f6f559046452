/**
 * Runs a long job in slices, handing the main thread back between them, so that indexing a
 * large vault never freezes Obsidian: after each item, if the slice has used its budget, the
 * job waits for a new macrotask before going on. `longestSliceMs` tells how long the main thread
 * was held at most (the browser test reads it to check the budget holds).
 */
export class TimeSlicer {
  longestSliceMs = 0;

  constructor(
    private readonly budgetMs = 40,
    private readonly now: () => number = () => performance.now(),
    private readonly yieldToUi: () => Promise<void> = () => new Promise((resolve) => window.setTimeout(resolve, 0)),
  ) {}

  /** Calls `work` for each item in order; `onProgress` after each slice. */
  async run<T>(items: readonly T[], work: (item: T) => void, onProgress?: (done: number) => void): Promise<void> {
    let sliceStart = this.now();
    for (let i = 0; i < items.length; i++) {
      work(items[i] as T);
      const elapsed = this.now() - sliceStart;
      if (elapsed >= this.budgetMs && i < items.length - 1) {
        this.longestSliceMs = Math.max(this.longestSliceMs, elapsed);
        onProgress?.(i + 1);
        await this.yieldToUi();
        sliceStart = this.now();
      }
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - sliceStart);
    onProgress?.(items.length);
  }
}
