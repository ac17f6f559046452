import { build, type Plugin } from "esbuild";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A host that supplies each note's metadata (the plugin, from Obsidian's metadataCache) bundles
 * no YAML parser: `HostedVaultIndex` and `readNote` reach neither gray-matter nor js-yaml, only
 * `VaultIndex` and `parseNote` (the hosts with no metadata) do. Checked on what esbuild puts in
 * the bundle (its metafile), the plugin's build options included.
 */

const YAML = /node_modules[\\/](gray-matter|js-yaml)[\\/]|yaml-frontmatter\.ts$/;
const HOSTED = resolve("src/engine/index/hosted-vault-index.ts");

async function bundled(entry: { contents: string } | { file: string }, plugins: Plugin[] = []): Promise<string[]> {
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
    plugins,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, use]) => use.bytesInOutput > 0).map(([path]) => path));
  return inputs;
}

/** The plugin as it will be once it hands the engine metadataCache's metadata: `HostedVaultIndex` where it builds its index. */
const pluginOnHostedIndex: Plugin = {
  name: "plugin-on-hosted-index",
  setup(b) {
    b.onResolve({ filter: /engine[\\/]index[\\/]vault-index$/ }, () => ({ path: "hosted-index", namespace: "phase" }));
    b.onLoad({ filter: /.*/, namespace: "phase" }, () => ({
      resolveDir: process.cwd(),
      loader: "ts",
      contents: `export * from ${JSON.stringify(HOSTED)};\nexport { HostedVaultIndex as VaultIndex } from ${JSON.stringify(HOSTED)};\n`,
    }));
  },
};

describe("a host that supplies metadata bundles no YAML parser", () => {
  it("HostedVaultIndex and readNote hold none; VaultIndex and parseNote hold gray-matter's", async () => {
    const hosted = await bundled({ contents: `import { HostedVaultIndex } from "./src/engine/index/hosted-vault-index";\nimport { readNote } from "./src/engine/parse/read-note";\nconsole.log(new HostedVaultIndex(), readNote);` });
    expect(hosted.filter((path) => YAML.test(path))).toEqual([]);
    expect(hosted.some((path) => path.endsWith("hosted-vault-index.ts"))).toBe(true);
    const own = await bundled({ contents: `import { VaultIndex } from "./src/engine/index/vault-index";\nimport { parseNote } from "./src/engine/parse/parse-note";\nconsole.log(new VaultIndex(), parseNote);` });
    expect(own.some((path) => /node_modules[\\/]gray-matter[\\/]/.test(path))).toBe(true);
    expect(own.some((path) => /node_modules[\\/]js-yaml[\\/]/.test(path))).toBe(true);
  });

  it("main.js, with the plugin building a HostedVaultIndex, would hold no YAML parser", async () => {
    const inputs = await bundled({ file: "src/plugin/main.ts" }, [pluginOnHostedIndex]);
    expect(inputs.some((path) => path.includes("src/plugin/main.ts"))).toBe(true);
    expect(inputs.filter((path) => YAML.test(path))).toEqual([]);
  }, 60_000);
});
