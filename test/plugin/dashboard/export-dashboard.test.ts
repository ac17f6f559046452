// @vitest-environment happy-dom
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DASHBOARD_MARKER } from "../../../src/engine/dashboard/render-markdown";
import { Notice } from "../../fakes/obsidian";
import { loadPlugin, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

describe("export the dashboard to a note", () => {
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
});
