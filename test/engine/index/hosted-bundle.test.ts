import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * A host that supplies each note's metadata (the plugin, from Obsidian's metadataCache) bundles
 * no YAML parser: `HostedVaultIndex` and `readNote` reach neither gray-matter nor js-yaml, only
 * `VaultIndex` and `parseNote` (the hosts with no metadata) do. Checked on what esbuild puts in
 * the bundle (its metafile), the plugin's build options included.
 */

const YAML = /node_modules[\\/](gray-matter|js-yaml)[\\/]|yaml-frontmatter\.ts$/;

async function bundled(entry: { contents: string } | { file: string }): Promise<string[]> {
  return (await bundledWithSize(entry)).inputs;
}

async function bundledWithSize(entry: { contents: string } | { file: string }): Promise<{ inputs: string[]; bytes: number }> {
  const source = "file" in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.contents, resolveDir: process.cwd(), loader: "ts" as const } };
  const result = await build({
    ...source,
    bundle: true,
    write: false,
    format: "cjs",
    platform: "browser",
    target: "es2020",
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
    alias: { fs: "./src/plugin/shims/no-fs.ts" },
    metafile: true,
    logLevel: "silent",
  });
  const outputs = Object.values(result.metafile.outputs);
  const inputs = outputs.flatMap((output) => Object.entries(output.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([path]) => path));
  return { inputs, bytes: outputs.reduce((sum, output) => sum + output.bytes, 0) };
}

describe("a host that supplies metadata bundles no YAML parser", () => {
  it("HostedVaultIndex and readNote hold none; VaultIndex and parseNote hold gray-matter's", async () => {
    const hosted = await bundled({ contents: `import { HostedVaultIndex } from "./src/engine/index/hosted-vault-index";\nimport { readNote } from "./src/engine/parse/read-note";\nconsole.log(new HostedVaultIndex(), readNote);` });
    expect(hosted.filter((path) => YAML.test(path))).toEqual([]);
    expect(hosted.some((path) => path.endsWith("hosted-vault-index.ts"))).toBe(true);
    const own = await bundled({ contents: `import { VaultIndex } from "./src/engine/index/vault-index";\nimport { parseNote } from "./src/engine/parse/parse-note";\nconsole.log(new VaultIndex(), parseNote);` });
    expect(own.some((path) => /node_modules[\\/]gray-matter[\\/]/.test(path))).toBe(true);
    expect(own.some((path) => /node_modules[\\/]js-yaml[\\/]/.test(path))).toBe(true);
  });

  it("main.js holds no YAML parser: the plugin takes frontmatter from Obsidian's metadataCache", async () => {
    const { inputs, bytes } = await bundledWithSize({ file: "src/plugin/main.ts" });
    expect(inputs.some((path) => path.includes("src/plugin/main.ts"))).toBe(true);
    expect(inputs.filter((path) => YAML.test(path))).toEqual([]);
    // The shipped main.js (`npm test` builds it first) names no YAML library either, not even in its licences.
    const shipped = existsSync("main.js") ? readFileSync("main.js", "utf8") : undefined;
    if (shipped !== undefined) expect(shipped.match(/gray-matter|js-yaml/g) ?? []).toEqual([]);
    // Printed to be quoted, never asserted: the bundle's budget is the build's to hold.
    console.log(`main.js: ${shipped === undefined ? "not built" : `${(Buffer.byteLength(shipped) / 1024).toFixed(1)} KB shipped`}, ${(bytes / 1024).toFixed(1)} KB bundled here unminified`);
  }, 60_000);
});
