import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The lint rules that keep the design and the submission requirements, run through the project's
 * own eslint.config.mjs on texts that break them: a rule configured but never applied would pass
 * `npm run lint` for ever. (That the tree itself is clean is `npm run lint`'s job.)
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
});

/** The rules that fire on `text` as if it were the file at `path`. */
async function rulesFiring(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path });
  return [...new Set((result?.messages ?? []).map((m) => m.ruleId ?? m.message))].sort();
}

const withImport = (path: string, line: string): string => `${line}\n${readFileSync(path, "utf8")}`;

describe("layering", () => {
  it.each([
    ["src/engine/text/hangul.ts", 'import { runCli } from "../../cli/cli";'],
    ["src/engine/text/hangul.ts", 'import type { DashboardView } from "../../plugin/dashboard/dashboard-view";'],
    ["src/plugin/ui/open-note.ts", 'import { readVault } from "../../cli/read-vault";'],
    ["src/cli/summary.ts", 'import { t } from "../plugin/i18n/strings";'],
  ])("%s may not import %s", async (path, line) => {
    expect(await rulesFiring(path, withImport(path, line))).toContain("import/no-restricted-paths");
  }, 60_000);

  it.each([
    ['import { Notice } from "obsidian";', "no-restricted-imports"],
    ['import { readFileSync } from "node:fs";', "import/no-nodejs-modules"],
  ])("the engine may not import %s", async (line, rule) => {
    const path = "src/engine/text/hangul.ts";
    expect(await rulesFiring(path, withImport(path, line))).toContain(rule);
  }, 60_000);

  it("an import that closes a cycle between folders is reported, naming the cycle", async () => {
    // src/engine/index imports src/engine/text already: text importing index closes the loop.
    const path = "src/engine/text/hangul.ts";
    const [result] = await eslint.lintText(withImport(path, 'import type { VaultIndex } from "../index/vault-index";'), { filePath: path });
    const cycle = result?.messages.find((m) => m.ruleId === "local/no-folder-cycles");
    expect(cycle?.message).toMatch(/^src\/engine\/text → src\/engine\/index closes an import cycle between folders: src\/engine\/text → src\/engine\/index → .*src\/engine\/text\./);
  }, 60_000);

  it("the files as they are pass all three", async () => {
    const path = "src/engine/text/hangul.ts";
    expect(await rulesFiring(path, readFileSync(path, "utf8"))).toEqual([]);
  }, 60_000);
});

describe("the community directory's checks", () => {
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Record<string, unknown>;

  it("manifest.json as it is passes", async () => {
    expect(await rulesFiring("manifest.json", readFileSync("manifest.json", "utf8"))).toEqual([]);
  });

  it.each([
    ["an unknown key", { ...manifest, main: "main.js" }],
    ["a name with 'Obsidian' in it", { ...manifest, name: "Obsidian DevOps Notes" }],
    ["isDesktopOnly missing", { ...manifest, isDesktopOnly: undefined }],
  ])("manifest.json with %s fails obsidianmd/validate-manifest", async (_what, broken) => {
    expect(await rulesFiring("manifest.json", JSON.stringify(broken, null, 2))).toEqual(["obsidianmd/validate-manifest"]);
  });

  it("LICENSE passes, and the sample plugin's copyright line fails obsidianmd/validate-license", async () => {
    const licence = readFileSync("LICENSE", "utf8");
    expect(await rulesFiring("LICENSE", licence)).toEqual([]);
    expect(await rulesFiring("LICENSE", licence.replace(/^Copyright .*$/m, "Copyright (C) 2020-2025 by Dynalist Inc."))).toEqual(["obsidianmd/validate-license"]);
  });
});
