import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import LinkedDevOpsNotesPlugin from "../../../src/plugin/main";
import { REVIEW_VIEW_TYPE, ReviewView } from "../../../src/plugin/review-cards/review-view";
import manifest from "../../../manifest.json";
import { App, loadAndWait } from "../../fakes/obsidian";
import { NodeFolderStorage } from "../../fakes/node-folder-storage";
import { loadPlugin, type Harness } from "../plugin-harness";

/** The plugin on a vault folder with the review clock fixed, for the review view's tests and the schedule's. */

/** 10:00 in Seoul: far from midnight wherever the test machine is, since the day is the machine's. */
export const NOW = new Date("2024-05-01T12:00:00Z");
export const DATA = ".obsidian/plugins/linked-devops-notes/data.json";

/** The review schedule in the plugin's saved data, as far as these tests read it. */
export interface SavedReview {
  reviewCards: { cards: Record<string, { reps: number }>; log: Array<{ rating: number }> };
}

export const savedData = (root: string): SavedReview => JSON.parse(readFileSync(join(root, DATA), "utf8")) as SavedReview;
export const ANSWERED_IN_EXAMPLE_VAULT = 17;

let harness: Harness | undefined;

/** Unloads the plugin a test started (call in `afterEach`). */
export function disposeHarness(): void {
  harness?.dispose();
  harness = undefined;
}

export async function start(options: Parameters<typeof loadPlugin>[0] = {}): Promise<Harness> {
  harness = await loadPlugin(options);
  harness.plugin.reviewCards.store.now = () => NOW;
  return harness;
}

/** Unloads the plugin and loads a new one over the same folder, as a restart of Obsidian would. */
export async function reload(h: Harness): Promise<Harness> {
  h.plugin.unload();
  document.body.innerHTML = "";
  const app = new App(new NodeFolderStorage(h.root));
  const plugin = new LinkedDevOpsNotesPlugin(app as never, manifest);
  await loadAndWait(plugin);
  plugin.reviewCards.store.now = () => NOW;
  app.workspace.finishLayout();
  await plugin.live.settled();
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 350));
    await plugin.live.settled();
  };
  harness = { root: h.root, app, plugin, settle, dispose: () => {
    plugin.unload();
    h.dispose();
  } };
  return harness;
}

export async function openReview(h: Harness): Promise<ReviewView> {
  await h.app.runCommand("linked-devops-notes:review-questions");
  const view = h.app.workspace.getLeavesOfType(REVIEW_VIEW_TYPE)[0]?.view;
  if (!(view instanceof ReviewView)) throw new Error("review view did not open");
  await rendered();
  return view;
}

/** Lets the view's asynchronous rendering (note read, markdown render) finish. */
export async function rendered(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function press(view: ReviewView, key: string): Promise<void> {
  view.contentEl.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  await rendered();
}

export function notes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.name.startsWith(".")) walk(path);
      else if (entry.name.endsWith(".md")) out.set(path, readFileSync(join(root, path), "utf8"));
    }
  };
  walk("");
  return out;
}

export const progress = (view: ReviewView): string => view.contentEl.querySelector(".ldn-review-progress")?.textContent ?? "";
export const currentCard = (view: ReviewView): string => view.contentEl.querySelector<HTMLElement>(".ldn-review-card")?.dataset.card ?? "";

