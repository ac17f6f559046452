// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type Harness } from "../plugin-harness";

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
});
