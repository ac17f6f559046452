import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const vault = mkdtempSync(join(tmpdir(), "linked-devops-install-"));
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("install-plugin", () => {
  it("copies main.js, manifest.json and styles.css into the vault's plugin folder", () => {
    const result = spawnSync("node", ["scripts/install-plugin.mjs", vault], { encoding: "utf8" });
    expect(result.status).toBe(0);
    const folder = join(vault, ".obsidian", "plugins", "linked-devops-notes");
    for (const file of ["main.js", "manifest.json", "styles.css"]) {
      expect(readFileSync(join(folder, file), "utf8")).toBe(readFileSync(file, "utf8"));
    }
  });

  it("honours a renamed config folder", () => {
    expect(spawnSync("node", ["scripts/install-plugin.mjs", vault, "--config-dir", ".config-obsidian"]).status).toBe(0);
    expect(existsSync(join(vault, ".config-obsidian", "plugins", "linked-devops-notes", "main.js"))).toBe(true);
  });

  it("exits 2 on a missing vault", () => {
    expect(spawnSync("node", ["scripts/install-plugin.mjs", join(vault, "nope")]).status).toBe(2);
  });
});
