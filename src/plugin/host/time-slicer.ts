/**
 * Runs a long job in slices, handing the main thread back between them, so that indexing a
 * large vault never freezes Obsidian. Slices are sized by time: before each item, the slicer
 * guesses what it will cost (its weight, a note's length, times the slowest rate seen lately)
 * and yields first if the slice would outrun its budget; a 100 KB note then starts a slice of its
 * own instead of ending one late. `longestSliceMs` tells how long the main thread was held at
 * most (the bench and the browser test read it).
 */
export class TimeSlicer {
  longestSliceMs = 0;
  /** Milliseconds per unit of weight, the slowest of the recent items (it decays towards the current rate). */
  private rate = 0;

  constructor(
    readonly budgetMs = 25,
    private readonly now: () => number = () => performance.now(),
    readonly yieldToUi: () => Promise<void> = yieldToMainThread,
  ) {}

  /** Calls `work` for each item in order; `weight` says how heavy an item is (by default all weigh 1). */
  async run<T>(items: readonly T[], work: (item: T) => void, weight: (item: T) => number = () => 1): Promise<void> {
    let sliceStart = this.now();
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      const heavy = Math.max(1, weight(item));
      const elapsed = this.now() - sliceStart;
      if (elapsed > 0 && elapsed + heavy * this.rate > this.budgetMs) {
        this.longestSliceMs = Math.max(this.longestSliceMs, elapsed);
        await this.yieldToUi();
        sliceStart = this.now();
      }
      const started = this.now();
      work(item);
      const took = this.now() - started;
      this.rate = Math.max(took / heavy, this.rate * 0.98);
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - sliceStart);
  }
}

/**
 * A new task, so input and drawing can run: `scheduler.yield()` where the browser has it (it
 * resumes ahead of other queued work, and is never clamped), else a zero timeout.
 */
function yieldToMainThread(): Promise<void> {
  const scheduler = (window as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
