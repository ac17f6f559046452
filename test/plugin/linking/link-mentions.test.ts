// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MarkdownView, Notice, type Editor } from "../../fakes/obsidian";
import { loadPlugin, openFile, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

/** Waits for the preview, unchecks the changes on the given lines, and applies the rest; returns the rows as shown. */
async function applyPreview(uncheck: number[] = []): Promise<string[]> {
  const modal = await vi.waitFor(() => document.querySelector<HTMLElement>(".ldn-link-preview") ?? expect.fail("no preview"));
  const rows = [...modal.querySelectorAll(".ldn-lp-change")].map((row) => row.textContent ?? "");
  for (const line of uncheck) {
    for (const box of modal.querySelectorAll<HTMLInputElement>(`.ldn-lp-change[data-line="${line}"] input`)) box.click();
  }
  modal.querySelector<HTMLButtonElement>(".ldn-lp-apply")?.click();
  return rows;
}

function activeEditor(h: Harness): Editor {
  const view = h.app.workspace.getActiveViewOfType(MarkdownView);
  if (!view) throw new Error("no note open");
  return view.editor;
}

describe("link concept mentions in the current note", () => {
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
    expect(await applyPreview()).toEqual(["line 4도커[[Docker|도커]]는 컨테이너를 돌린다. 도커를 또 쓴다.Docker", "line 11| 포드맨[[Podman\\|포드맨]] | 데몬 없음 |Podman"]);
    const linked = note.replace("도커는", "[[Docker|도커]]는").replace("| 포드맨 |", "| [[Podman\\|포드맨]] |");
    await vi.waitFor(() => expect(editor.getValue()).toBe(linked));
    expect(editor.transactions).toEqual([{ origin: "linked-devops-notes:link", changes: 2 }]);
    expect(editor.wholeReplacements).toBe(0);
    const shift = "[[Docker|]]".length;
    expect(editor.selection()).toEqual({ anchor: selected + shift, head: selected + shift + 2 });
    // The file is the editor's to save: nothing was written behind it.
    expect(harness.app.vault.writes.filter((w) => w.path === "연습.md")).toEqual([]);
    expect(readFileSync(join(harness.root, "연습.md"), "utf8")).toBe(note);
    expect(Notice.messages).toContain("Linked 2 mentions in 1 note.");

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
    await applyPreview();
    await vi.waitFor(() => expect(editor.getValue()).toBe("저장된 글\n방금 쓴 [[Podman|포드맨]]은\n"));
  });

  it("links every mention when the setting asks for it, and says which concepts have no note", async () => {
    harness = await loadPlugin({ files: { "b.md": "도커는 좋고 도커를 쓰며 테라폼도 쓴다\n" } });
    harness.plugin.data.settings.linkEveryMention = true;
    await openFile(harness, "b.md");
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    await applyPreview();
    await vi.waitFor(() => expect(activeEditor(harness!).getValue()).toBe("[[Docker|도커]]는 좋고 [[Docker|도커]]를 쓰며 테라폼도 쓴다\n"));
    expect(Notice.messages.some((m) => m.includes("Terraform"))).toBe(true);
  });


  it("writes only what stays checked, and nothing when the preview is cancelled", async () => {
    const note = "도커는 좋다\n쿠버네티스도 좋다\n포드맨은 데몬이 없다\n";
    harness = await loadPlugin({ files: { "c.md": note } });
    harness.plugin.data.settings.linkEveryMention = true;
    await openFile(harness, "c.md");
    const editor = activeEditor(harness);
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    const modal = await vi.waitFor(() => document.querySelector<HTMLElement>(".ldn-link-preview") ?? expect.fail("no preview"));
    modal.querySelector<HTMLButtonElement>(".ldn-lp-cancel")?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(editor.getValue()).toBe(note);
    expect(editor.transactions).toEqual([]);

    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    await applyPreview([2]);
    await vi.waitFor(() => expect(editor.getValue()).toBe("[[Docker|도커]]는 좋다\n쿠버네티스도 좋다\n[[Podman|포드맨]]은 데몬이 없다\n"));
    expect(editor.transactions).toEqual([{ origin: "linked-devops-notes:link", changes: 2 }]);
  });

  it("never links a muted concept, nor in a note that opts out", async () => {
    harness = await loadPlugin({ files: { "m.md": "도커와 포드맨\n", "o.md": "---\ndevops-links: false\n---\n도커와 포드맨\n" } });
    harness.plugin.data.settings.mutedConcepts = ["도커"];
    await openFile(harness, "m.md");
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    const modal = await vi.waitFor(() => document.querySelector<HTMLElement>(".ldn-link-preview") ?? expect.fail("no preview"));
    expect([...modal.querySelectorAll(".ldn-lp-change")].map((row) => row.getAttribute("data-concept"))).toEqual(["podman"]);
    modal.querySelector<HTMLButtonElement>(".ldn-lp-cancel")?.click();

    Notice.messages.length = 0;
    await openFile(harness, "o.md");
    harness.app.runCommand("linked-devops-notes:link-concept-mentions");
    await vi.waitFor(() => expect(Notice.messages).toContain("No unlinked mentions to link."));
    expect(document.querySelector(".ldn-link-preview")).toBeNull();
  });
});
