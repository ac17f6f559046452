import type { CliIo } from "./cli-command";

/**
 * One line of progress on stderr, redrawn in place (`\r`, then erase to the end of the line),
 * only when stderr is a terminal and `--quiet` was not given: piped or redirected output never
 * sees it. Redrawn at most every 100 ms, and erased when the work is done, so the terminal is
 * left as it was.
 */
export class ProgressLine {
  private lastDrawn = -Infinity;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly io: CliIo,
    private readonly enabled: boolean,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** `done` of `total` notes read; the first and the last call always draw. */
  notesRead(done: number, total: number): void {
    if (!this.enabled) return;
    const at = this.now();
    if (done !== total && done !== 1 && at - this.lastDrawn < 100) return;
    this.lastDrawn = at;
    const seconds = (at - this.started) / 1000;
    const rate = seconds > 0 ? ` · ${Math.round(done / seconds).toLocaleString("en-US")} notes/s` : "";
    this.draw(`reading notes: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}${rate}`);
  }

  /** A phase without a count (`indexing 10,000 notes…`). */
  status(text: string): void {
    if (this.enabled) this.draw(text);
  }

  done(): void {
    if (this.drawn) this.io.err("\r\x1b[K");
    this.drawn = false;
  }

  private draw(text: string): void {
    this.io.err(`\r${text}\x1b[K`);
    this.drawn = true;
  }
}
