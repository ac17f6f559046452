import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The shipped bundle (`npm test` builds it first) must load on Obsidian mobile. */
const mainJs = readFileSync("main.js", "utf8");
const budgetKb = (JSON.parse(readFileSync("package.json", "utf8")) as { config: { bundleBudgetKb: number } }).config.bundleBudgetKb;

/** What Obsidian lends the plugin at run time; anything else would be a Node or Electron module. */
const LENT = /^(obsidian|@codemirror\/[\w-]+|@lezer\/[\w-]+)$/;

describe("the release bundle", () => {
  it("requires nothing but what Obsidian lends (no node, no electron), not even through an alias", () => {
    const required = [...mainJs.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] as string);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)].filter((id) => !LENT.test(id))).toEqual([]);
    expect(mainJs.match(/[\w$]+\s*=\s*require[,;)]/g) ?? []).toEqual([]);
  });

  it("uses no regex lookbehind, which older iOS cannot parse", () => {
    expect(mainJs.match(/\(\?<[=!]/g) ?? []).toEqual([]);
  });

  it("stays within the size budget the build prints", () => {
    expect(statSync("main.js").size / 1024).toBeLessThanOrEqual(budgetKb);
  });
});

describe("manifest.json, as the community directory reviews it", () => {
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Record<string, unknown>;
  const versions = JSON.parse(readFileSync("versions.json", "utf8")) as Record<string, string>;
  const description = String(manifest.description);

  it("has a description of at most 250 characters that ends with a period, without emoji, not opening with 'This is a plugin'", () => {
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description.endsWith(".")).toBe(true);
    expect(description).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(description).not.toMatch(/^this is a plugin/i);
    expect(description).not.toMatch(/obsidian/i);
  });

  it("names the plugin as the directory expects and runs on mobile", () => {
    expect(manifest).toMatchObject({ id: "linked-devops-notes", name: "Linked DevOps Notes", isDesktopOnly: false });
    expect(String(manifest.id)).not.toMatch(/obsidian|plugin/);
  });

  it("is in step with package.json and versions.json", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(manifest.version).toBe(pkg.version);
    expect(versions[String(manifest.version)]).toBe(manifest.minAppVersion);
  });
});
