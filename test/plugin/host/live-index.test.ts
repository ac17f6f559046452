// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Component, TFile, loadAndWait } from "../../fakes/obsidian";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readVault } from "../../../src/cli/read-vault";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { buildScanReport } from "../../../src/engine/report/scan-report";
import { loadPlugin, restart, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const file = (h: Harness, path: string): TFile => {
  const found = h.app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
  return found;
};

describe("live index", () => {
  it("follows create, modify, rename and delete", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "a.md": "도커\n[[b]]" } });
    const { vault } = harness.app;
    const h = harness;
    const index = () => h.plugin.live.index;
    await vault.create("b.md", "쿠버네티스란?\nQ. 파드는?");
    await harness.settle();
    expect(index().note("b.md")?.questions).toHaveLength(1);
    expect([...index().backlinks("b.md").keys()]).toEqual(["a.md"]);

    await vault.modify(file(harness, "b.md"), "Q. 파드는?\n-> 최소 배포 단위");
    await harness.settle();
    expect(index().note("b.md")?.questions[0]?.status).toBe("answered");

    await vault.rename(file(harness, "b.md"), "folder/c.md");
    await harness.settle();
    expect(index().note("b.md")).toBeUndefined();
    expect(index().note("folder/c.md")?.questions).toHaveLength(1);
    expect(index().unresolvedLinksOf("a.md")).toEqual(["b"]);

    await harness.app.fileManager.trashFile(file(harness, "folder/c.md"));
    await harness.settle();
    expect(index().paths()).toEqual(["a.md"]);
  });

  it("takes a burst of edits to one file as one update, the last text winning", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "a.md": "" } });
    let changes = 0;
    harness.plugin.live.onChange(() => changes++);
    for (let i = 1; i <= 5; i++) await harness.app.vault.modify(file(harness, "a.md"), `Q. 질문 ${i}?`);
    await harness.settle();
    expect(changes).toBe(1);
    expect(harness.plugin.live.index.note("a.md")?.questions.map((q) => q.text)).toEqual(["질문 5?"]);
  });

  it("reads the other notes again when a concept note appears", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "meeting.md": "아르고 롤아웃으로 배포" } });
    await harness.app.vault.create("Argo Rollouts.md", "---\ntags: [concept]\naliases: [아르고 롤아웃]\n---\n");
    await harness.settle();
    expect(harness.plugin.live.index.note("meeting.md")?.concepts.map((c) => c.conceptId)).toContain("user:argo-rollouts");
  });

  it("skips excluded folders", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "keep.md": "도커", "Archive/old.md": "도커" } });
    harness.plugin.data.settings.excludedFolders = ["Archive"];
    await harness.plugin.saveSettings(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await harness.plugin.live.settled();
    expect(harness.plugin.live.index.paths()).toEqual(["keep.md"]);
  });

});

describe("the index in the plugin", () => {
  it("indexes the vault once the layout is ready", async () => {
    harness = await loadPlugin();
    expect(harness.plugin.live.index.size).toBe(15);
    expect(harness.plugin.live.index.questions().filter((q) => q.status === "open")).toHaveLength(11);
  });

  it("rebuilds the index on demand", async () => {
    harness = await loadPlugin();
    writeFileSync(join(harness.root, "HOME 🌎.md"), "Q. 새 질문?\n"); // changed behind the vault's back
    await harness.app.runCommand("linked-devops-notes:rebuild-index");
    await harness.plugin.live.settled();
    expect(harness.plugin.live.index.note("HOME 🌎.md")?.questions.map((q) => q.text)).toEqual(["새 질문?"]);
  });
});

describe("plugin lifecycle", () => {
  it("removes every listener, element and view on unload, and loads again with one set", async () => {
    harness = await loadPlugin();
    const { app, plugin } = harness;
    await app.runCommand("linked-devops-notes:open-dashboard");
    const listeners = app.vault.listenerCount() + app.workspace.listenerCount() + app.metadataCache.listenerCount();
    expect(app.vault.listenerCount()).toBe(3); // create, delete, rename: edits come from the metadataCache
    expect(app.metadataCache.listenerCount()).toBe(2); // changed, resolved
    expect(Component.liveDomListeners).toBeGreaterThan(0);

    plugin.unload();
    expect(app.vault.listenerCount()).toBe(0);
    expect(app.metadataCache.listenerCount()).toBe(0);
    expect(app.workspace.listenerCount()).toBe(0);
    expect(Component.liveDomListeners).toBe(0);
    expect(Component.liveIntervals).toBe(0);
    expect(app.statusBarEl.children).toHaveLength(0);
    expect(app.ribbonEl.children).toHaveLength(0);
    expect(app.commands.size).toBe(0);
    expect(app.workspace.getLeavesOfType("linked-devops-notes-dashboard")).toHaveLength(0);

    await loadAndWait(plugin);
    await plugin.live.settled();
    expect(app.vault.listenerCount() + app.workspace.listenerCount() + app.metadataCache.listenerCount()).toBe(listeners);
    expect(app.statusBarEl.children).toHaveLength(1);
    expect(plugin.live.index.size).toBe(15);
  });
});

describe("index cache across restarts", () => {
  it("reads again only the notes changed while Obsidian was closed, and ends with the same index", async () => {
    const first = await loadPlugin();
    harness = first;
    await first.app.runCommand("linked-devops-notes:rebuild-index"); // a build that reads every note
    expect(first.plugin.live.lastBuild).toEqual({ restored: 0, read: 15 });
    const second = await restart(first, () => {
      writeFileSync(join(first.root, "TIL 2024-03-02.md"), "Q. 캐시는 언제 다시 읽지?\n-> 바뀐 노트만\n");
    });
    harness = second;
    expect(second.plugin.live.lastBuild).toEqual({ restored: 14, read: 1 });
    expect(second.plugin.live.index.note("TIL 2024-03-02.md")?.questions.map((q) => q.status)).toEqual(["answered"]);
    const reading = readVault(first.root);
    const fresh = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    fresh.addFiles(reading.otherFiles); // as the CLI's scan does: links to attachments are judged
    expect(buildScanReport(second.plugin.live.index, { vault: "", indexMs: 0 })).toEqual(buildScanReport(fresh, { vault: "", indexMs: 0 }));
  });

  it("reads every note again when the settings that shape the index change", async () => {
    const first = await loadPlugin();
    harness = first;
    first.plugin.data.settings.listItemQuestions = true;
    await first.plugin.saveData(first.plugin.data);
    const second = await restart(first);
    harness = second;
    expect(second.plugin.live.lastBuild).toEqual({ restored: 0, read: 15 });
  });
});
