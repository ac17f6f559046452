/**
 * Runs a long job in slices, handing the main thread back between them, so that indexing a
 * large vault never freezes Obsidian. Slices are sized by time:
 * - before each item the slicer guesses what it will cost (its weight, a note's length, times
 *   the rate seen lately for that kind of weight) and yields first if the slice would outrun its
 *   budget, so a 100 KB note starts a slice of its own instead of ending one late;
 * - a slice is the main thread's task, not one call of `run`: calls that follow each other in
 *   one task (a batch of notes, then the next batch already read) share its budget.
 * The budget leaves room in a 50 ms task for what the slicer cannot see: a garbage collection
 * after a slice's allocations took up to 45 ms on the bench's 10k-note vault.
 * `longestSliceMs` tells how long the main thread was held at most (the bench and the browser
 * test read it).
 */
export class TimeSlicer {
  longestSliceMs = 0;
  /** How many times it handed the main thread back (the bench reads it). */
  yields = 0;
  /** Milliseconds per unit of weight, averaged over the recent items, for each way of weighing them. */
  private readonly rates = new WeakMap<object, number>();
  private sliceStart = 0;
  /** True from a slice's start until a task boundary has passed (a zero timeout has run). */
  private inTask = false;
  private task = 0;

  constructor(
    readonly budgetMs = 20,
    private readonly now: () => number = () => performance.now(),
    readonly yieldToUi: () => Promise<void> = yieldToMainThread,
  ) {}

  /** Calls `work` for each item in order; `weight` says how heavy an item is (by default all weigh 1). */
  async run<T>(items: readonly T[], work: (item: T) => void, weight: (item: T) => number = byCount): Promise<void> {
    if (!this.inTask) this.startSlice();
    let rate = this.rates.get(weight) ?? 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      const heavy = Math.max(1, weight(item));
      const elapsed = this.now() - this.sliceStart;
      if (elapsed > 0 && elapsed + heavy * rate > this.budgetMs) {
        this.endSlice();
        this.yields++;
        await this.yieldToUi();
        this.startSlice();
      }
      const started = this.now();
      work(item);
      const took = (this.now() - started) / heavy;
      rate = rate === 0 ? took : rate * 0.8 + took * 0.2;
    }
    this.rates.set(weight, rate);
    this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - this.sliceStart);
  }

  /**
   * Runs each step in a task of its own: for work that cannot be weighed beforehand and is each
   * a good part of the budget (the matcher's build, `VaultConcepts.matcherSteps`). What follows
   * in the same task shares the last step's slice.
   */
  async steps(steps: ReadonlyArray<() => void>): Promise<void> {
    for (const step of steps) {
      if (this.inTask) {
        this.endSlice();
        this.yields++;
        await this.yieldToUi();
      }
      this.startSlice();
      step();
      this.endSlice();
    }
  }

  private startSlice(): void {
    this.sliceStart = this.now();
    this.inTask = true;
    const task = ++this.task;
    window.setTimeout(() => {
      if (this.task === task) this.inTask = false;
    }, 0);
  }

  private endSlice(): void {
    this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - this.sliceStart);
  }
}

/** Every item weighs the same. */
function byCount(): number {
  return 1;
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
