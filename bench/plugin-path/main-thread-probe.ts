/**
 * The longest task the main thread ran while the probe was on, seen as Chromium's long-task
 * observer sees it from outside: a timer is set again and again, and the longest wait between
 * two of its calls is the longest stretch the thread was busy with something else (plus the
 * timer's own 1 ms in Node). It counts every task, not only the slicer's: reads coming back,
 * progress, declaring concepts, the store's writes.
 */
export class MainThreadProbe {
  longestMs = 0;
  /** Waits of 50 ms and more, as the long-task observer counts them. */
  longTasks = 0;
  longestCpuMs = 0;
  private last = 0;
  private lastCpu = process.cpuUsage();
  private timer: ReturnType<typeof setTimeout> | undefined;

  start(): void {
    this.last = performance.now();
    this.lastCpu = process.cpuUsage();
    const tick = (): void => {
      const now = performance.now();
      const gap = now - this.last;
      this.longestMs = Math.max(this.longestMs, gap);
      if (gap >= 50) this.longTasks++;
      const cpu = process.cpuUsage(this.lastCpu);
      this.longestCpuMs = Math.max(this.longestCpuMs, (cpu.user + cpu.system) / 1000);
      this.lastCpu = process.cpuUsage();
      this.last = now;
      this.timer = setTimeout(tick, 0);
    };
    this.timer = setTimeout(tick, 0);
  }

  stop(): void {
    clearTimeout(this.timer);
    const gap = performance.now() - this.last; // the task that was running when it stopped
    this.longestMs = Math.max(this.longestMs, gap);
  }
}
