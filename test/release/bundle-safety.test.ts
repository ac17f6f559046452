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

  it.each(["main.js", "dist/cli.cjs"])("%s builds no code from strings (no new Function, no eval): js-yaml's !!js/function type and gray-matter's JavaScript engine are stubbed out", (bundle) => {
    const code = readFileSync(bundle, "utf8");
    expect(code.match(/new Function\s*\(|\bFunction\s*\(\s*["'`]|\beval\s*\(/g) ?? []).toEqual([]);
    // The stub stands where the type was: the schema still names the tag, and matches nothing.
    // main.js holds no YAML parser at all (frontmatter comes from Obsidian's metadataCache).
    if (bundle === "dist/cli.cjs") expect(code).toContain("tag:yaml.org,2002:js/function");
    else expect(code).not.toContain("tag:yaml.org");
  });

  it("keeps the bundled packages' licence comments, and ends with one naming every bundled package", () => {
    expect(mainJs).toMatch(/\/\*! Bundled license information:/);
    const footer = /\/\*! Linked DevOps Notes bundles these packages[^]*?\*\/\n$/.exec(mainJs)?.[0] ?? "";
    for (const name of ["fuse.js", "es-hangul", "ts-fsrs"]) expect(footer).toMatch(new RegExp(`\\* ${name.replace(".", "\\.")} \\d+\\.\\d+\\.\\d+ \\(`));
    for (const name of ["gray-matter", "js-yaml"]) expect(footer).not.toContain(name); // the CLI's alone now
    expect(footer).toMatch(/\* fuse\.js [\d.]+ \(Apache-2\.0\): Copyright/);
  });

  it("uses no regex lookbehind, which older iOS cannot parse", () => {
    expect(mainJs.match(/\(\?<[=!]/g) ?? []).toEqual([]);
  });

  it("stays within the size budget the build prints", () => {
    expect(statSync("main.js").size / 1024).toBeLessThanOrEqual(budgetKb);
  });
});

describe("THIRD-PARTY-NOTICES.md, written by the build", () => {
  const notices = readFileSync("THIRD-PARTY-NOTICES.md", "utf8");
  const sections = [...notices.matchAll(/^## (\S+) (\S+)\n\nLicence: (.+?)\. Bundled in: ([^\n]+)\.\n\n```text\n([^]*?)\n```/gm)];

  it("lists every package in a bundle, with the licence text it ships", () => {
    const names = sections.map((m) => m[1]);
    expect(names).toEqual(expect.arrayContaining(["fuse.js", "es-hangul", "gray-matter", "js-yaml", "ts-fsrs"]));
    for (const [, name, version, , , text] of sections) {
      const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { version: string };
      expect(version).toBe(pkg.version);
      expect(text).toMatch(/Permission is hereby granted|Apache License/);
    }
  });

  it("gives fuse.js its Apache-2.0 licence whole", () => {
    const fuse = sections.find((m) => m[1] === "fuse.js");
    expect(fuse?.[3]).toBe("Apache-2.0");
    expect(fuse?.[5]).toBe(readFileSync("node_modules/fuse.js/LICENSE", "utf8").replace(/\r\n?/g, "\n").trim());
  });

  it("names what tree shaking left out of a bundle nowhere (esprima's parser is never bundled)", () => {
    expect(sections.map((m) => m[1])).not.toContain("esprima");
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
