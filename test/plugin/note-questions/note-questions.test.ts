// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, openFile, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

describe("the questions of the current note", () => {
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

  it("shows the active note's open questions in the status bar", async () => {
    harness = await loadPlugin();
    await openFile(harness, "회의록 - 배포 파이프라인.md");
    expect(harness.app.statusBarEl.textContent).toBe("3 open · 0 unsure");
    await openFile(harness, "Git 브랜치 전략.md");
    expect(harness.app.statusBarEl.textContent).toBe("No open questions");
  });
});
