import { HostedVaultIndex } from "../../src/engine/index/hosted-vault-index";
import { LiveIndex } from "../../src/plugin/host/live-index";
import { fakeIndexedDbApi } from "../../test/fakes/indexeddb";
import { Store, storeKind } from "bench:plugin-store";
import { benchVaultApp } from "./bench-vault-app";
import { MainThreadProbe } from "./main-thread-probe";

/**
 * One run of the plugin's first index in the fake Obsidian over the bench vault (`--vault DIR`),
 * printed as JSON on stdout. Bundled twice by `bench/run.mjs`: with this tree's `src/`, and with
 * the `src/` of the baseline (`--baseline <ref>`, main by default), so that both are measured in
 * the same run on the same vault. Only what both versions have is used: `new LiveIndex(app,
 * config)`, `rebuild()`, the slicer's `longestSliceMs`, and the store each keeps (`bench:plugin-store`:
 * IndexedDB, faked in memory, or the older cache file, kept in memory).
 */

export interface PluginPathResult {
  notes: number;
  firstIndexMs: number;
  longestTaskMs: number;
  /** The same, in the process's CPU time: what the task cost without the waits a busy machine adds. */
  longestTaskCpuMs: number;
  longTasks: number;
  longestSliceMs: number;
  /** Times the slicer handed the main thread back (undefined before it counted them). */
  yields?: number;
  /** `cachedRead` calls per note. */
  readsPerNote: number;
  /** Parses per note (an upsert is one; a concept note's declaration one more). */
  parsesPerNote: number;
  storeKind: string;
  saveMs: number;
  saveLongestTaskMs: number;
  /** Runs the figures are the median of (set by the bench, not by a run). */
  runs?: number;
}

interface AnyLiveIndex {
  rebuild(): Promise<void>;
  settled(): Promise<void>;
  index: { size: number };
  slicer: { longestSliceMs: number; yields?: number; yieldToUi?: () => Promise<void> };
  useStore?(store: unknown): void;
  useCache?(cache: unknown): void;
  saveStoreNow?(): Promise<void>;
  saveCacheNow?(): Promise<void>;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--vault");
  const dir = process.argv[at + 1];
  if (at === -1 || !dir) throw new Error("usage: run-live-index --vault DIR");
  Object.assign(globalThis, { window: globalThis }); // the plugin's timers are `window.setTimeout`
  const app = benchVaultApp(dir);
  const live = new LiveIndex(app as never, { indexOptions: {}, excludedFolders: [], cacheKey: "bench" }) as unknown as AnyLiveIndex;
  if (storeKind === "indexeddb") live.useStore?.(new Store(fakeIndexedDbApi(), "bench", () => live.slicer.yieldToUi?.() ?? Promise.resolve()));
  else live.useCache?.(new Store(app.vault.adapter, ".obsidian/plugins/linked-devops-notes/index-cache.json"));

  let parses = 0;
  const prototype = HostedVaultIndex.prototype;
  const parse = Object.getOwnPropertyDescriptor(prototype, "parse")?.value as HostedVaultIndex["parse"];
  Object.defineProperty(prototype, "parse", {
    value: function countedParse(this: HostedVaultIndex, ...args: Parameters<HostedVaultIndex["parse"]>) {
      parses++;
      return parse.apply(this, args);
    },
  });

  const probe = new MainThreadProbe();
  probe.start();
  const started = performance.now();
  await live.rebuild();
  const firstIndexMs = performance.now() - started;
  probe.stop();
  const notes = live.index.size;

  const saveProbe = new MainThreadProbe();
  saveProbe.start();
  const saveStarted = performance.now();
  await (live.saveStoreNow?.() ?? live.saveCacheNow?.());
  await live.settled();
  const saveMs = performance.now() - saveStarted;
  saveProbe.stop();

  const reads = [...app.reads.values()].reduce((sum, n) => sum + n, 0);
  const result: PluginPathResult = {
    notes,
    firstIndexMs,
    longestTaskMs: probe.longestMs,
    longestTaskCpuMs: probe.longestCpuMs,
    longTasks: probe.longTasks,
    longestSliceMs: live.slicer.longestSliceMs,
    ...(live.slicer.yields === undefined ? {} : { yields: live.slicer.yields }),
    readsPerNote: reads / notes,
    parsesPerNote: parses / notes,
    storeKind,
    saveMs,
    saveLongestTaskMs: saveProbe.longestMs,
  };
  process.stdout.write(JSON.stringify(result));
  process.exit(0); // the fake cache's timers and the store's connection hold nothing worth waiting for
}

void main();
