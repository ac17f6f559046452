// @vitest-environment happy-dom
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, describe, expect, it, vi } from "vitest";
import { editorInfoField, TFile, type App } from "../../fakes/obsidian";
import { readFolder } from "../../browser/page-assets";
import { readVault } from "../../../src/cli/read-vault";
import { HostedVaultIndex } from "../../../src/engine/index/hosted-vault-index";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { LINKS_VAULT, LINKS_VAULT_MISSING } from "../../vaults/links.cases";
import { loadPlugin, type Harness } from "../plugin-harness";

/**
 * The plugin's index takes what Obsidian knows: each note's metadata from the metadataCache,
 * links resolved by `getFirstLinkpathDest`, the vault's "Excluded files", and it reads each note
 * once, the concept notes first. Here with the fake metadataCache, which is held to the same
 * tables as the CLI (`fake-metadata-cache.test.ts`).
 */

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
  vi.restoreAllMocks();
});

/** Records every `cachedRead` of the app's vault, in order. */
function recordReads(app: App): string[] {
  const reads: string[] = [];
  const read = app.vault.cachedRead.bind(app.vault);
  app.vault.cachedRead = (file: TFile) => {
    reads.push(file.path);
    return read(file);
  };
  return reads;
}

const missingOf = (index: HostedVaultIndex): string[] => index.unresolvedLinks().flatMap((u) => u.locations.map((at) => `${at.path}:${at.line} ${u.target}`)).sort();

describe("links as Obsidian reads and resolves them", () => {
  it("reports exactly the links vault's missing links, with their notes and lines, as the CLI does", async () => {
    harness = await loadPlugin({ exampleVault: false, files: readFolder("test/vaults/links") });
    const index = harness.plugin.live.index;
    expect(missingOf(index)).toEqual(LINKS_VAULT_MISSING.map((m) => `${m.from}:${m.line} ${m.target}`).sort());
    for (const link of LINKS_VAULT) expect(index.resolve(link.target, link.from) ?? null, `${link.from}:${link.line} ${link.target}`).toBe(link.leadsTo);

    const reading = readVault("test/vaults/links");
    const cli = VaultIndex.build(reading.files.map((f) => [f.path, f.text] as const));
    cli.addFiles(reading.otherFiles);
    expect(missingOf(index)).toEqual(missingOf(cli));
  });

  it("hears of attachments created and deleted: a missing embed is found, then missing again", async () => {
    harness = await loadPlugin({ exampleVault: false, files: readFolder("test/vaults/links") });
    const { app, plugin } = harness;
    const missing = (): string[] => plugin.live.index.unresolvedLinksOf("HOME 🌎.md");
    expect(missing()).toContain("missing-diagram.png");
    let changes = 0;
    plugin.live.onChange(() => changes++);
    const version = plugin.live.index.version;
    const file = await app.vault.create("Attachments/missing-diagram.png", "PNG");
    await harness.settle();
    expect(missing()).not.toContain("missing-diagram.png");
    expect(plugin.live.index.version).toBeGreaterThan(version);
    expect(changes).toBeGreaterThan(0); // the views are told to draw again
    await app.fileManager.trashFile(file);
    await harness.settle();
    expect(missing()).toContain("missing-diagram.png");
  });

  it("takes a note's links, headings and tags from its metadata when it is edited, without reading it", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "a.md": "# 처음\n" } });
    const reads = recordReads(harness.app);
    const file = harness.app.vault.getAbstractFileByPath("a.md");
    if (!(file instanceof TFile)) throw new Error("no a.md");
    await harness.app.vault.modify(file, "# 도커 정리\n[[Docker]] 노트 #til\nQ. 이미지는?\n");
    await harness.settle();
    const note = harness.plugin.live.index.note("a.md");
    expect([note?.headings, note?.links.map((l) => l.target), note?.tags, note?.questions.length]).toEqual([[{ level: 1, text: "도커 정리", line: 1 }], ["Docker"], ["til"], 1]);
    expect(reads).toEqual([]);
  });
});

describe("the editor's parse", () => {
  it("parses the editor's text alone: the metadataCache entry is of the whole note as last saved, at its lines", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { "연습.md": "# 연습\n[[Docker]]\nQ. 도커란?\n" } });
    const { app } = harness;
    const file = app.vault.getAbstractFileByPath("연습.md");
    if (!(file instanceof TFile)) throw new Error("no 연습.md");
    const parse = vi.spyOn(HostedVaultIndex.prototype, "parse");
    const view = new EditorView({
      parent: document.body.createDiv(),
      state: EditorState.create({ doc: "# 연습\n[[Docker]]\nQ. 도커란?\n", extensions: [editorInfoField.init(() => ({ app, file })), app.editorExtensions as never] }),
    });
    try {
      expect(view.dom.querySelectorAll(".ldn-question-badge")).toHaveLength(1);
      expect(parse).toHaveBeenCalledWith("연습.md", "# 연습\n[[Docker]]\nQ. 도커란?\n");
      expect(parse.mock.calls.filter((call) => call[2] !== undefined)).toEqual([]);
    } finally {
      view.destroy();
    }
  });
});

describe("the first index", () => {
  it("reads each note once, the concept notes first, and parses no note again for a concept found late", async () => {
    const parse = vi.spyOn(HostedVaultIndex.prototype, "parse");
    let reads: string[] = [];
    harness = await loadPlugin({ beforeLayout: (app) => (reads = recordReads(app)) });
    const notes = harness.app.vault.getMarkdownFiles().map((f) => f.path);
    expect([...reads].sort()).toEqual([...notes].sort());
    const conceptNotes = notes.filter((path) => path.startsWith("Concepts/"));
    expect(reads.slice(0, conceptNotes.length).sort()).toEqual(conceptNotes.sort());
    // Each note once, and each concept note once more for its declaration: nothing went stale.
    expect(parse).toHaveBeenCalledTimes(notes.length + conceptNotes.length);
    expect(harness.plugin.live.index.concepts.get("user:argo-rollouts")).toBeDefined();
    expect(harness.plugin.live.index.note("회의록 - 배포 파이프라인.md")?.concepts.map((c) => c.conceptId)).toContain("user:argo-rollouts");
  });

  it("waits for a note whose metadata the app has not read yet, and takes its text as the app hands it over", async () => {
    let reads: string[] = [];
    harness = await loadPlugin({
      beforeLayout: (app) => {
        reads = recordReads(app);
        app.metadataCache.holdBack(["TIL 2024-03-02.md", "Concepts/Podman.md"]);
        setTimeout(() => app.metadataCache.release(), 50);
      },
    });
    const { live } = harness.plugin;
    expect(live.index.size).toBe(15);
    expect(reads).not.toContain("TIL 2024-03-02.md");
    expect(reads).not.toContain("Concepts/Podman.md");
    expect(live.lastBuild).toEqual({ restored: 0, read: 13 });
    expect(live.index.concepts.get("podman")?.notePath).toBe("Concepts/Podman.md");
    expect(live.index.note("TIL 2024-03-02.md")?.links.length).toBeGreaterThan(0);
  });

  it("reads a note the app will not read (it says it is done) with the engine's own reading", async () => {
    harness = await loadPlugin({
      files: { "raw.md": "# 직접 읽은 노트\n[[Docker]]\n" },
      beforeLayout: (app) => {
        app.metadataCache.holdBack(["raw.md"]);
        app.metadataCache.resolved = true;
      },
    });
    const note = harness.plugin.live.index.note("raw.md");
    expect([note?.headings.map((h) => h.text), note?.links.map((l) => l.target)]).toEqual([["직접 읽은 노트"], ["Docker"]]);
  });
});

describe("notes left out", () => {
  const files = { "keep.md": "도커", "Archive/old.md": "도커", "Projects/draft/plan.md": "도커", "Projects/plan.md": "도커", "Templates.md": "도커" };
  const config = (filters: string[]): Record<string, string> => ({ ".obsidian/app.json": JSON.stringify({ userIgnoreFilters: filters }) });

  it("leaves out what the vault's Excluded files list names (paths and /patterns/), and says which lists apply", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { ...files, ...config(["Archive/", "/draft\\//"]) } });
    expect(harness.plugin.live.index.paths()).toEqual(["Projects/plan.md", "Templates.md", "keep.md"]);
    expect(harness.plugin.live.includes("Archive/new.md")).toBe(false);
    expect(harness.plugin.live.obsidianExcludedFiles()).toEqual(["Archive/", "/draft\\//"]);
  });

  it("reads the list itself where the app has no check of its own, as Obsidian reads it", async () => {
    harness = await loadPlugin({
      exampleVault: false,
      files: { ...files, ...config(["Templates", "/draft\\//"]) },
      beforeLayout: (app) => Object.assign(app.metadataCache, { isUserIgnored: undefined }),
    });
    expect(harness.plugin.live.index.paths()).toEqual(["Archive/old.md", "Projects/plan.md", "keep.md"]);
  });

  it("joins our own excluded folders to Obsidian's list", async () => {
    harness = await loadPlugin({ exampleVault: false, files: { ...files, ...config(["Archive/"]) } });
    harness.plugin.data.settings.excludedFolders = ["Projects"];
    await harness.plugin.saveSettings(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await harness.plugin.live.settled();
    expect(harness.plugin.live.index.paths()).toEqual(["Templates.md", "keep.md"]);
  });
});
