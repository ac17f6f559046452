// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, openFile, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const COMMANDS = ["open-dashboard", "search-terms", "link-concept-mentions", "create-concept-note", "export-dashboard", "show-note-questions", "rebuild-index", "review-questions"];

describe("plugin commands", () => {
  it("registers every command under a stable id, with no default hotkeys", async () => {
    harness = await loadPlugin();
    const ids = [...harness.app.commands.keys()].map((id) => id.replace("linked-devops-notes:", ""));
    expect(ids.sort()).toEqual([...COMMANDS].sort());
    for (const command of harness.app.commands.values()) expect(command.hotkeys).toBeUndefined();
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

});
