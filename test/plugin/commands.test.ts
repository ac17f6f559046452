// @vitest-environment happy-dom
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MarkdownView, Notice, type Editor } from "../fakes/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DASHBOARD_MARKER } from "../../src/engine/dashboard/render-markdown";
import { loadPlugin, openFile, type Harness } from "./plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

function activeEditor(h: Harness): Editor {
  const view = h.app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error("no note open");
  return view.editor;
}

const COMMANDS = ["open-dashboard", "search-terms", "link-concept-mentions", "create-concept-note", "export-dashboard", "show-note-questions", "rebuild-index", "review-questions"];

describe("plugin commands", () => {
  it("registers every command under a stable id, with no default hotkeys", async () => {
    harness = await loadPlugin();
    const ids = [...harness.app.commands.keys()].map((id) => id.replace("linked-devops-notes:", ""));
    expect(ids.sort()).toEqual([...COMMANDS].sort());
    for (const command of harness.app.commands.values()) expect(command.hotkeys).toBeUndefined();
  });

  it("indexes the vault once the layout is ready", async () => {
    harness = await loadPlugin();
    expect(harness.plugin.live.index.size).toBe(15);
    expect(harness.plugin.live.index.questions().filter((q) => q.status === "open")).toHaveLength(11);
  });

  it("links concept mentions in the open note through its editor, in one undoable step that keeps the selection", async () => {
    const note = [
      "---",
      "tags: [도커]",
      "---",
      "도커는 컨테이너를 돌린다. 도커를 또 쓴다.",
      "```bash",
      "docker run 도커",
      "```",
      "`도커` 와 [[Kubernetes|쿠버네티스]]란 https://docker.com/도커",
      "| 도구 | 설명 |",
      "|---|---|",
      "| 포드맨 | 데몬 없음 |",
      "",
    ].join("\n");
    harness = await loadPlugin({ files: { "연습.md": note } });
    await openFile(harness, "연습.md");
    const editor = activeEditor(harness);
    const selected = note.indexOf("또 쓴다");
    editor.select(selected, selected + 2);
    expect(harness.app.runCommand("linked-devops-notes:link-concept-mentions")).toBe(true);
    const linked = note.replace("도커는", "[[Docker|도커]]는").replace("| 포드맨 |", "| [[Podman\\|포드맨]] |");
    await vi.waitFor(() => expect(editor.getValue()).toBe(linked));
    expect(editor.transactions).toEqual([{ origin: "linked-devops-notes:link", changes: 2 }]);
    expect(editor.wholeReplacements).toBe(0);
    const shift = "[[Docker|]]".length;
    expect(editor.selection()).toEqual({ anchor: selected + shift, head: selected + shift + 2 });
    // The file is the editor's to save: nothing was written behind it.
    expect(harness.app.vault.writes.filter((w) => w.path === "연습.md")).toEqual([]);
    expect(readFileSync(join(harness.root, "연습.md"), "utf8")).toBe(note);
    expect(Notice.messages).toContain("Linked 2 mentions.");

    Notice.messages.length = 0;
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    await vi.waitFor(() => expect(Notice.messages).toContain("No unlinked mentions to link."));
    expect(editor.getValue()).toBe(linked);
    expect(editor.transactions).toHaveLength(1);
  });

  it("links the editor's text, unsaved edits included", async () => {
    harness = await loadPlugin({ files: { "b.md": "저장된 글\n" } });
    await openFile(harness, "b.md");
    const editor = activeEditor(harness);
    editor.transaction({ changes: [{ from: editor.offsetToPos(editor.getValue().length), text: "방금 쓴 포드맨은\n" }] });
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    await vi.waitFor(() => expect(editor.getValue()).toBe("저장된 글\n방금 쓴 [[Podman|포드맨]]은\n"));
  });

  it("links every mention when the setting asks for it, and says which concepts have no note", async () => {
    harness = await loadPlugin({ files: { "b.md": "도커는 좋고 도커를 쓰며 테라폼도 쓴다\n" } });
    harness.plugin.data.settings.linkEveryMention = true;
    await openFile(harness, "b.md");
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    await vi.waitFor(() => expect(activeEditor(harness!).getValue()).toBe("[[Docker|도커]]는 좋고 [[Docker|도커]]를 쓰며 테라폼도 쓴다\n"));
    expect(Notice.messages.some((m) => m.includes("Terraform"))).toBe(true);
  });

  it("offers the commands on the current note only when a note is open", async () => {
    harness = await loadPlugin();
    const link = "linked-devops-notes:link-concept-mentions";
    const questions = "linked-devops-notes:show-note-questions";
    expect([harness.app.commandAvailable(link), harness.app.commandAvailable(questions)]).toEqual([false, false]);
    expect(harness.app.runCommand(link)).toBe(false);
    await openFile(harness, "회의록 - 배포 파이프라인.md");
    expect([harness.app.commandAvailable(link), harness.app.commandAvailable(questions)]).toEqual([true, true]);
    await harness.app.workspace.getLeaf(true).setViewState({ type: "linked-devops-notes-dashboard" });
    harness.app.workspace.setActiveFile(null);
    expect([harness.app.commandAvailable(link), harness.app.commandAvailable(questions)]).toEqual([false, false]);
  });

  it("exports the dashboard, replaces its own export, and refuses to overwrite a user's note", async () => {
    harness = await loadPlugin();
    await harness.app.runCommand("linked-devops-notes:export-dashboard");
    await harness.settle();
    const exported = readFileSync(join(harness.root, "DevOps dashboard.md"), "utf8");
    expect(exported.startsWith(DASHBOARD_MARKER)).toBe(true);
    expect(exported).toMatch(/## Open questions/);
    await harness.app.runCommand("linked-devops-notes:export-dashboard");
    await harness.settle();
    expect(harness.app.vault.writes.filter((w) => w.path === "DevOps dashboard.md").map((w) => w.via)).toEqual(["create", "process"]);

    harness.plugin.data.settings.exportPath = "HOME 🌎.md";
    const home = readFileSync(join(harness.root, "HOME 🌎.md"), "utf8");
    await harness.app.runCommand("linked-devops-notes:export-dashboard");
    await harness.settle();
    expect(readFileSync(join(harness.root, "HOME 🌎.md"), "utf8")).toBe(home);
    expect(Notice.messages.at(-1)).toMatch(/was not written by Linked DevOps Notes/);
  });

  it("does not overwrite a dashboard the user rewrote while the export ran", async () => {
    harness = await loadPlugin({ files: { "DevOps dashboard.md": `${DASHBOARD_MARKER}\nold` } });
    const vault = harness.app.vault;
    const original = vault.process.bind(vault);
    vault.process = async (file, fn) => {
      writeFileSync(join(harness!.root, file.path), "내가 다시 쓴 노트\n"); // the user's edit lands first
      return original(file, fn);
    };
    await harness.app.runCommand("linked-devops-notes:export-dashboard");
    await harness.settle();
    expect(readFileSync(join(harness.root, "DevOps dashboard.md"), "utf8")).toBe("내가 다시 쓴 노트\n");
  });

  it("creates a concept's note with its aliases, and opens the existing one instead of overwriting", async () => {
    harness = await loadPlugin();
    const plugin = harness.plugin as unknown as { createConceptNote(id: string): Promise<void> };
    await plugin.createConceptNote("terraform");
    const created = readFileSync(join(harness.root, "Concepts/Terraform.md"), "utf8");
    expect(created).toMatch(/^---\ntags: \[concept\]\naliases: \[테라폼\]\n---\n\n# Terraform\n/);
    expect(harness.app.workspace.lastOpened?.path).toBe("Concepts/Terraform.md");
    await harness.settle();
    expect(harness.plugin.live.index.conceptNote("terraform")).toBe("Concepts/Terraform.md");
    const docker = readFileSync(join(harness.root, "Concepts/Docker.md"), "utf8");
    await plugin.createConceptNote("docker");
    expect(readFileSync(join(harness.root, "Concepts/Docker.md"), "utf8")).toBe(docker);
    expect(harness.app.workspace.lastOpened?.path).toBe("Concepts/Docker.md");
  });

  it("shows the questions of the current note and opens the chosen one at its line", async () => {
    harness = await loadPlugin();
    await openFile(harness, "회의록 - 배포 파이프라인.md");
    await harness.app.runCommand("linked-devops-notes:show-note-questions");
    const items = [...document.querySelectorAll(".prompt-results .suggestion-item")];
    expect(items.map((el) => el.querySelector(".ldn-badge")?.textContent)).toEqual(["open", "open", "open", "answered"]);
    (items[1] as HTMLElement).click();
    await harness.settle();
    expect(harness.app.workspace.lastOpened).toEqual({ path: "회의록 - 배포 파이프라인.md", line: 49 });
  });

  it("rebuilds the index on demand", async () => {
    harness = await loadPlugin();
    writeFileSync(join(harness.root, "HOME 🌎.md"), "Q. 새 질문?\n"); // changed behind the vault's back
    await harness.app.runCommand("linked-devops-notes:rebuild-index");
    await harness.plugin.live.settled();
    expect(harness.plugin.live.index.note("HOME 🌎.md")?.questions.map((q) => q.text)).toEqual(["새 질문?"]);
  });
});
