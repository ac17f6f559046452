import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Notice, loadAndWait } from "../fakes/obsidian";
import LinkedDevOpsNotesPlugin from "../../src/plugin/main";
import manifest from "../../manifest.json";
import { NodeFolderStorage } from "../fakes/node-folder-storage";
import { FakeIDBKeyRange, FakeIndexedDB } from "../fakes/indexeddb";

/**
 * A plugin loaded in the fake Obsidian over a real folder: a fresh copy of the example vault
 * (or an empty one) in a temp directory, so what the plugin writes can be read back from disk.
 */
export interface Harness {
  root: string;
  app: App;
  /** The browser's IndexedDB, in memory: it outlives a restart, as the real one does. */
  indexedDB?: FakeIndexedDB;
  plugin: LinkedDevOpsNotesPlugin;
  /** Waits for debounced vault events to be taken and the index queue to drain. */
  settle(): Promise<void>;
  dispose(): void;
}

export async function loadPlugin(options: { exampleVault?: boolean; files?: Record<string, string>; beforeLayout?: (app: App) => void } = {}): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), "linked-devops-plugin-"));
  if (options.exampleVault !== false) cpSync("example-vault", root, { recursive: true });
  const storage = new NodeFolderStorage(root);
  for (const [path, text] of Object.entries(options.files ?? {})) storage.write(path, text);
  const indexedDB = new FakeIndexedDB();
  Object.assign(window, { indexedDB, IDBKeyRange: FakeIDBKeyRange });
  document.body.innerHTML = "";
  Notice.messages.length = 0;
  const app = new App(storage);
  const plugin = new LinkedDevOpsNotesPlugin(app as never, manifest);
  await loadAndWait(plugin);
  options.beforeLayout?.(app);
  app.workspace.finishLayout();
  const settle = async (): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 350));
    await plugin.live.settled();
  };
  await plugin.live.settled();
  return { root, app, indexedDB, plugin, settle, dispose: () => {
    plugin.unload();
    rmSync(root, { recursive: true, force: true });
  } };
}

/**
 * Obsidian closed and opened again on the same folder: the plugin is unloaded (saving what it
 * saves on unload), then a new app and a new plugin are loaded over the files as they are now.
 */
export async function restart(harness: Harness, beforeStart?: () => void): Promise<Harness> {
  harness.plugin.unload();
  await new Promise((resolve) => setTimeout(resolve, 20)); // writes started on unload land
  await harness.plugin.live.settled(); // the index store's last write too
  beforeStart?.();
  document.body.innerHTML = "";
  const app = new App(new NodeFolderStorage(harness.root));
  const plugin = new LinkedDevOpsNotesPlugin(app as never, manifest);
  await loadAndWait(plugin);
  app.workspace.finishLayout();
  await plugin.live.settled();
  const next: Harness = { ...harness, app, plugin, settle: async () => {
    await new Promise((resolve) => setTimeout(resolve, 350));
    await plugin.live.settled();
  }, dispose: () => {
    plugin.unload();
    rmSync(harness.root, { recursive: true, force: true });
  } };
  return next;
}

export async function openFile(harness: Harness, path: string): Promise<void> {
  const file = harness.app.vault.getAbstractFileByPath(path);
  if (!file) throw new Error(`no file ${path}`);
  await harness.app.workspace.getLeaf(false).openFile(file as never);
}
