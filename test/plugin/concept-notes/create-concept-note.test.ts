// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPlugin, type Harness } from "../plugin-harness";

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

describe("create the note of a concept", () => {
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
});
