import type { ForwardFinder } from "../text/forward-finder";
import type { Found } from "./bare-urls";

/**
 * Where inline code and math close, found by searches that only move forward and remember their
 * answers, so that a note of unclosed backticks or dollar signs is read in linear time.
 */

/**
 * Runs of backticks: a code span opened by a run of n closes at the next run of exactly n. Every
 * run of the note is listed once, by length, on the first question; each later question is a
 * binary search (a note of runs of a hundred different lengths searched the note once per length).
 */
export class BacktickRuns {
  private byLength: Map<number, number[]> | undefined;

  constructor(private readonly text: string) {}

  /** Length of the run of backticks starting at `at`. */
  runAt(at: number): number {
    let run = 1;
    while (this.text.charCodeAt(at + run) === 96) run++;
    return run;
  }

  /** Start of the next run of exactly `run` backticks at or after `from`, or -1. */
  next(from: number, run: number): number {
    const starts = this.runs().get(run);
    if (!starts) return -1;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length ? (starts[lo] as number) : -1;
  }

  private runs(): Map<number, number[]> {
    if (this.byLength) return this.byLength;
    const byLength = new Map<number, number[]>();
    for (let at = this.text.indexOf("`"); at !== -1; ) {
      const run = this.runAt(at);
      const starts = byLength.get(run);
      if (starts) starts.push(at);
      else byLength.set(run, [at]);
      at = this.text.indexOf("`", at + run);
    }
    this.byLength = byLength;
    return byLength;
  }
}

/**
 * Math as Obsidian reads it: `$$…$$` (display, over lines too), and `$…$` where the opening `$`
 * is not followed by a space and the closing one is not preceded by one nor followed by a digit
 * (so `$5 and $10` is no math). A `\$` is a dollar sign.
 */
export class DollarClosers {
  /** The next `$` that may close inline math, remembered like a {@link ForwardFinder}'s answers. */
  private closer: { from: number; at: number } | undefined;

  constructor(private readonly text: string) {}

  /** The math span opened at `at` (a `$`), closing before `limit`; null when it is a plain dollar sign. */
  mathAt(at: number, limit: number, find: ForwardFinder): Found | null {
    const text = this.text;
    if (text.charCodeAt(at + 1) === 36) {
      const close = find.next("$$", at + 2);
      return close !== -1 && close + 2 <= limit && close > at + 2 ? { from: at, to: close + 2 } : null;
    }
    const first = text.charCodeAt(at + 1);
    if (Number.isNaN(first) || isSpace(first)) return null;
    const close = this.nextCloser(at + 2);
    return close !== -1 && close < limit ? { from: at, to: close + 1 } : null;
  }

  /** The first `$` at or after `from` that may close inline math, or -1. */
  private nextCloser(from: number): number {
    const known = this.closer;
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const text = this.text;
    let at = text.indexOf("$", from);
    while (at !== -1) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + 1);
      if (!isSpace(before) && before !== 92 && !(after >= 48 && after <= 57) && after !== 36) break;
      at = text.indexOf("$", at + (after === 36 ? 2 : 1));
    }
    this.closer = { from, at };
    return at;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
