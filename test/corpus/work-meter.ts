import { Session } from "node:inspector";

/**
 * Counts the work a call does, without a clock, so that "linear time" can be a deterministic
 * test (speed itself belongs in benchmarks). Two counts, compared separately:
 *
 * - `steps`: how many times each block of the engine's own code ran (V8's block coverage: every
 *   loop iteration, branch and call), so a loop over every mention for every question shows;
 * - `chars`: characters handled by the string, array and regex built-ins the engine calls
 *   (`indexOf` counts what it scanned, `slice` what it copied, a regex the input it ran over),
 *   so a search that rescans the rest of the note shows too.
 *
 * Blind spot: how hard a regex backtracks inside V8. Inputs that could make a line regex
 * backtrack are guarded by a timing ratio instead (`long-line-time.test.ts`).
 */
export interface Work {
  steps: number;
  chars: number;
}

/** Only code under these paths counts: the engine and the YAML reader it calls. */
const COUNTED = ["/src/engine/", "/node_modules/gray-matter/", "/node_modules/js-yaml/"];

let session: Session | undefined;

function post<T>(method: string, params: object = {}): T {
  let outcome: { error: Error | null; result: T } | undefined;
  (session as Session).post(method, params, (error, result) => {
    outcome = { error, result: result as T };
  });
  // A session connected to its own thread answers synchronously.
  if (!outcome) throw new Error(`${method} did not answer synchronously`);
  if (outcome.error) throw outcome.error;
  return outcome.result;
}

interface Coverage {
  result: Array<{ url: string; functions: Array<{ ranges: Array<{ count: number }> }> }>;
}

/** Starts counting. V8 only counts the blocks of functions compiled after this: start before the first call. */
export function startMeter(): void {
  session = new Session();
  session.connect();
  post("Profiler.enable");
  post("Profiler.startPreciseCoverage", { callCount: true, detailed: true });
}

export function stopMeter(): void {
  post("Profiler.stopPreciseCoverage");
  post("Profiler.disable");
  session?.disconnect();
  session = undefined;
}

/** The work `run` does. `startMeter()` first. */
export function measureWork(run: () => void): Work {
  post<Coverage>("Profiler.takePreciseCoverage"); // resets the counters
  const native = countNativeWork(run);
  let steps = 0;
  for (const script of post<Coverage>("Profiler.takePreciseCoverage").result) {
    if (!COUNTED.some((part) => script.url.includes(part))) continue;
    for (const fn of script.functions) for (const range of fn.ranges) steps += range.count;
  }
  return { steps, chars: native };
}

/** What a call cost, from its receiver, arguments and result (and a regex's `lastIndex` before it ran). */
type Cost = (self: unknown, args: unknown[], result: unknown, original: (...args: unknown[]) => unknown, lastIndex: number) => number;

const len = (x: unknown): number => (typeof x === "string" || Array.isArray(x) ? x.length : 0);
const own = (self: unknown): number => len(self);
const produced: Cost = (_self, _args, result) => len(result);
/** What `indexOf` scanned: from where it started to where it found the needle, or to the end. */
const scanned: Cost = (self, args, _result, original) => {
  const from = Math.max(0, Number(args[1] ?? 0) || 0);
  const at = original === String.prototype.includes || original === Array.prototype.includes
    ? (self as { indexOf(x: unknown, from: number): number }).indexOf(args[0], from)
    : (_result as number);
  return (at === -1 ? len(self) : at + Math.max(1, len(args[0]))) - from;
};

const COSTS: Array<[object, string, Cost]> = [
  // `charCodeAt` and its kind cost one step each, and the loop calling them is counted already.
  ...["indexOf", "includes"].map((m): [object, string, Cost] => [String.prototype, m, scanned]),
  ...["lastIndexOf", "trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "normalize", "replace", "replaceAll", "split", "match", "matchAll", "search", "localeCompare"].map(
    (m): [object, string, Cost] => [String.prototype, m, own],
  ),
  ...["startsWith", "endsWith"].map((m): [object, string, Cost] => [String.prototype, m, (_s, args) => len(args[0])]),
  ...["slice", "substring", "substr", "repeat", "padStart", "padEnd", "concat"].map((m): [object, string, Cost] => [String.prototype, m, produced]),
  ...["indexOf", "includes"].map((m): [object, string, Cost] => [Array.prototype, m, scanned]),
  ...["lastIndexOf", "map", "filter", "forEach", "some", "every", "find", "findIndex", "reduce", "fill", "reverse"].map((m): [object, string, Cost] => [Array.prototype, m, own]),
  ...["slice", "concat", "splice"].map((m): [object, string, Cost] => [Array.prototype, m, produced]),
  [Array.prototype, "join", (self, _args, result) => own(self) + len(result)],
  [Array.prototype, "sort", (self) => own(self) * Math.ceil(Math.log2(own(self) + 2))],
  [RegExp.prototype, "exec", regexCost],
];

/**
 * The input a regex ran over: a sticky one only tries where it stands (`split` runs one at every
 * position), any other one from where it starts to the end of its match, or to the end.
 */
function regexCost(self: unknown, args: unknown[], result: unknown, _original: unknown, lastIndex: number): number {
  const regex = self as RegExp;
  const match = result as RegExpExecArray | null;
  if (regex.sticky) return 1 + (match ? match[0].length : 0);
  const from = regex.global ? lastIndex : 0;
  return 1 + (match ? match.index + match[0].length : String(args[0]).length) - from;
}

function countNativeWork(run: () => void): number {
  let total = 0;
  let inside = false; // the cost functions call built-ins too; those are not the engine's work
  const restore: Array<() => void> = [];
  for (const [target, name, cost] of COSTS) {
    const original = (target as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      const lastIndex = this instanceof RegExp ? this.lastIndex : 0;
      const result = Reflect.apply(original, this, args);
      if (!inside) {
        inside = true;
        total += cost(this, args, result, original, lastIndex);
        inside = false;
      }
      return result;
    };
    Object.defineProperty(target, name, { value: wrapped, writable: true, configurable: true });
    restore.push(() => Object.defineProperty(target, name, { value: original, writable: true, configurable: true }));
  }
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return total;
}
