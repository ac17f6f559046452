// @vitest-environment happy-dom
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { PluginData } from "../../../src/engine/plugin-data/plugin-data";
import type { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { TFile } from "../../fakes/obsidian";
import { loadPlugin, restart, type Harness } from "../plugin-harness";
import { openDashboard } from "../dashboard/open-dashboard";

/** Mark reviewed in the dashboard's queue: the mark follows its note, syncs, and goes with it. */

const DATA = ".obsidian/plugins/linked-devops-notes/data.json";
const MEETING = "회의록 - 배포 파이프라인.md";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const queued = (view: DashboardView): string[] => [...view.contentEl.querySelectorAll<HTMLElement>(".ldn-queue-entry")].map((el) => el.dataset.path ?? "");
const onDisk = (h: Harness): PluginData => JSON.parse(readFileSync(join(h.root, DATA), "utf8")) as PluginData;

function file(h: Harness, path: string): TFile {
  const found = h.app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
  return found;
}

describe("notes set aside from the dashboard's queue", () => {
  it("stay aside when renamed or moved: the mark goes with the note, and none stays behind", async () => {
    harness = await loadPlugin();
    const h = harness;
    const view = await openDashboard(h);
    view.contentEl.querySelector<HTMLElement>(`.ldn-queue-entry[data-path="${MEETING}"] .ldn-mark-reviewed`)?.click();
    expect(queued(view)).not.toContain(MEETING);
    await h.app.vault.rename(file(h, MEETING), "Meetings/배포 회의.md");
    await h.settle();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the view's redraw debounce
    expect(queued(view)).not.toContain("Meetings/배포 회의.md");
    await h.plugin.dataFile.flush();
    expect(Object.keys(onDisk(h).setAside)).toEqual(["Meetings/배포 회의.md"]);
    const again = await restart(h);
    harness = again;
    expect(queued(await openDashboard(again))).not.toContain("Meetings/배포 회의.md");
  });

  it("are merged with another device's marks when data.json syncs, ours kept too", async () => {
    harness = await loadPlugin();
    const h = harness;
    const view = await openDashboard(h);
    const [first, second] = queued(view) as [string, string];
    h.plugin.setAside.setAside(first);
    await h.plugin.dataFile.flush();
    const theirs = onDisk(h);
    theirs.setAside = { [second]: { setAsideAt: Date.now(), count: 1 } }; // their device never saw our mark
    writeFileSync(join(h.root, DATA), JSON.stringify(theirs));
    await h.plugin.onExternalSettingsChange();
    expect(queued(view)).not.toContain(first);
    expect(queued(view)).not.toContain(second);
    expect(Object.keys(onDisk(h).setAside).sort()).toEqual([first, second].sort());
  });

  it("are forgotten once their note is deleted", async () => {
    harness = await loadPlugin();
    const h = harness;
    h.plugin.setAside.setAside(MEETING);
    h.plugin.setAside.setAside("HOME 🌎.md");
    await h.app.fileManager.trashFile(file(h, MEETING));
    await h.settle();
    await h.plugin.dataFile.flush();
    expect(Object.keys(onDisk(h).setAside)).toEqual(["HOME 🌎.md"]);
  });

  it("of notes deleted while Obsidian was closed are forgotten at the next start", async () => {
    harness = await loadPlugin();
    const h = harness;
    h.plugin.setAside.setAside(MEETING);
    await h.plugin.dataFile.flush();
    const again = await restart(h, () => rmSync(join(h.root, MEETING)));
    harness = again;
    await again.plugin.dataFile.flush();
    expect(onDisk(again).setAside).toEqual({});
  });
});
