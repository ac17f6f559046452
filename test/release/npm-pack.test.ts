import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * What `npm pack` would publish: the command-line tool and what it reads or promises (the example
 * vault it falls back to, the JSON Schemas of its output, the licences), nothing else: no tests,
 * bench, screenshots, sources or the plugin bundle. Scripts are skipped (`npm test` has built
 * already; `prepack` builds for a real publish).
 */
const dir = mkdtempSync(join(tmpdir(), "linked-devops-pack-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Packed {
  filename: string;
  files: Array<{ path: string }>;
}
const pack = (...args: string[]): Packed => (JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", ...args], { encoding: "utf8" })) as Packed[])[0] as Packed;
const tracked = (pattern: string): string[] => execFileSync("git", ["ls-files", "-z", "--", pattern], { encoding: "utf8" }).split("\0").filter((p) => p !== "");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Record<string, unknown>;

describe("npm pack", () => {
  it("lists only what a user of the CLI needs", () => {
    const packed = pack("--dry-run").files.map((f) => f.path.normalize("NFC")).sort();
    const expected = [
      "LICENSE",
      "README.md",
      "THIRD-PARTY-NOTICES.md",
      "dist/cli.cjs",
      "package.json",
      ...tracked("example-vault/*.md"),
      ...tracked("schemas/*.schema.json"),
    ].map((p) => p.normalize("NFC"));
    expect(packed).toEqual(expected.sort());
    expect(packed.some((p) => p.startsWith("example-vault/.obsidian"))).toBe(false);
  });

  it("declares the CLI, the Node it needs, a build before packing, and no plugin bundle as its main", () => {
    expect(pkg.bin).toEqual({ "linked-devops-notes": "dist/cli.cjs" });
    expect(pkg.main).toBeUndefined();
    expect(pkg.engines).toEqual({ node: ">=20" });
    expect((pkg.scripts as Record<string, string>).prepack).toMatch(/npm run build/);
    // The CLI is one bundled file: installing it pulls in nothing.
    expect(pkg.dependencies).toBeUndefined();
  });

  it("the packed CLI runs on its own, on its example vault", () => {
    const { filename } = pack("--pack-destination", dir);
    execFileSync("tar", ["-xzf", join(dir, filename), "-C", dir]);
    expect(readFileSync(join(dir, "package", "dist", "cli.cjs"), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const result = spawnSync("node", [join(dir, "package", "dist", "cli.cjs"), "scan"], { cwd: dir, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Vault: .*package\/example-vault\n\d+ notes · /);
  });
});
