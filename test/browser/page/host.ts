/**
 * The page's side of the browser test: builds the fake Obsidian app over the files the test
 * hands in, and loads the shipped `main.js` the way Obsidian does, as CommonJS whose `require`
 * knows only `obsidian` and the CodeMirror modules Obsidian lends. The test drives everything else through `window.ldnHost`.
 * Bundled by `page-assets.ts`; it reaches the fake only through the `FakeObsidian` global, so the
 * plugin and the page share one instance of it.
 */
import type * as Obsidian from "../../fakes/obsidian";

/** The plugin as the page sees it: the shipped class, typed only as far as the test reads it. */
export interface LoadedPlugin {
  load(): Promise<void>;
  unload(): void;
  live: {
    settled(): Promise<void>;
    index: { size: number; unresolvedLinks(): Array<{ target: string; locations: Array<{ path: string; line: number }> }> };
    slicer: { longestSliceMs: number };
    lastBuild: { restored: number; read: number };
    saveStoreNow(): Promise<void>;
    storeInfo(): { size(): Promise<{ notes: number; bytes: number }> } | undefined;
  };
}

export interface PageHost {
  app: Obsidian.App;
  plugin: LoadedPlugin;
  /** Every id `main.js` passed to `require`, in order, and the ones refused. */
  required: string[];
  refused: string[];
  /** Builds the app over the vault's files, evaluates `main.js` and constructs the plugin. */
  boot(files: Record<string, string>, mainJs: string, manifest: Obsidian.PluginManifest): void;
  /** Long tasks (over 50 ms) on the main thread that ended after `since` (a `performance.now()` time). */
  longTasksSince(since: number): Array<{ startTime: number; duration: number }>;
  setTheme(theme: "light" | "dark"): void;
  setMobile(mobile: boolean): void;
}

declare global {
  interface Window {
    FakeObsidian: typeof Obsidian;
    /** The other modules Obsidian lends plugins (CodeMirror's), as far as main.js asks for them. */
    ObsidianModules: { default: Record<string, unknown> };
    ldnHost: PageHost;
  }
}

const longTasks: Array<{ startTime: number; duration: number }> = [];
const keepLongTasks = (entries: PerformanceEntryList): void => {
  for (const entry of entries) longTasks.push({ startTime: entry.startTime, duration: entry.duration });
};
const longTaskObserver = new PerformanceObserver((list) => keepLongTasks(list.getEntries()));
longTaskObserver.observe({ type: "longtask", buffered: true });

// Lucide's "network" icon, which the plugin asks for; the fake's setIcon only names it.
const ICON_PATHS: Record<string, string[]> = {
  network: ["M5 16v-3a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v3", "M12 12V8", "M16 17a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1z", "M2 17a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1z", "M9 3a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v4a1 1 0 0 1-1 1h-4a1 1 0 0 1-1-1z"],
};

function drawIcons(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>(".side-dock-ribbon-action[data-icon]")) {
    const paths = ICON_PATHS[el.getAttribute("data-icon") ?? ""];
    if (!paths || el.querySelector("svg")) continue;
    const svg = el.createSvg("svg", { cls: "svg-icon", attr: { viewBox: "0 0 24 24", width: 18, height: 18 } });
    for (const d of paths) svg.createSvg("path", { attr: { d } });
  }
}

function requireFor(fake: typeof Obsidian, host: PageHost): (id: string) => unknown {
  return (id) => {
    host.required.push(id);
    if (id === "obsidian") return fake;
    const lent = window.ObsidianModules.default[id];
    if (lent !== undefined) return lent;
    host.refused.push(id);
    throw new Error(`main.js asked for "${id}": Obsidian lends a plugin only "obsidian" and CodeMirror's modules (no Node or Electron on mobile)`);
  };
}

const host: PageHost = {
  app: undefined as unknown as Obsidian.App,
  plugin: undefined as unknown as LoadedPlugin,
  required: [],
  refused: [],
  boot(files, mainJs, manifest) {
    const fake = window.FakeObsidian;
    const root = document.querySelector<HTMLElement>(".app-container");
    if (!root) throw new Error("the page has no .app-container");
    this.app = new fake.App(new fake.MemoryStorage(files), root);
    // A state field works only with the @codemirror/state the plugin uses: the one lent here.
    const lentState = window.ObsidianModules.default["@codemirror/state"];
    const useState = (fake as unknown as { useCodeMirrorState?: (state: unknown) => void }).useCodeMirrorState;
    if (lentState !== undefined && useState) useState(lentState);
    const module = { exports: {} as Record<string, unknown> };
    // Obsidian evaluates a plugin as CommonJS with its own `require`; so does this page.
    // eslint-disable-next-line no-new-func, @typescript-eslint/no-implied-eval -- evaluating the shipped main.js as Obsidian does is what this page is for
    const evaluate = new Function("require", "module", "exports", mainJs) as (require: (id: string) => unknown, module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;
    evaluate(requireFor(fake, this), module, module.exports);
    const PluginClass = (module.exports.default ?? module.exports) as new (app: Obsidian.App, manifest: Obsidian.PluginManifest) => LoadedPlugin;
    this.plugin = new PluginClass(this.app, manifest);
    new MutationObserver(() => drawIcons(this.app.ribbonEl)).observe(this.app.ribbonEl, { childList: true });
  },
  longTasksSince(since) {
    keepLongTasks(longTaskObserver.takeRecords()); // entries not yet delivered to the callback
    // The task that calls finishLayout() began before `since` and may run the first slice.
    return longTasks.filter((task) => task.startTime + task.duration >= since);
  },
  setTheme(theme) {
    document.body.classList.toggle("theme-light", theme === "light");
    document.body.classList.toggle("theme-dark", theme === "dark");
  },
  setMobile(mobile) {
    document.body.classList.toggle("is-mobile", mobile);
  },
};

window.ldnHost = host;
