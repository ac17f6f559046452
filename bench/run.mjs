// `npm run bench`: bundles bench/main.ts (and the engine it measures) with esbuild into
// bench/.build/, then runs it with `node --expose-gc`. Arguments are passed on:
// `npm run bench -- --large` adds the 100k-note vault.
//
// `npm run bench -- --vault DIR` measures the cold index of a vault folder of your own, and the
// plugin's first index over it.
// The cold index is compared with ripgrep when `rg` is installed (Debian: `apt-get install
// ripgrep`); without it the table says "rg not installed".
//
// `npm run bench -- --baseline <ref>` also measures the code as it was at a git ref (a commit,
// a branch, `main`; `none` for none): `git archive` of its src/, then
// - the engine: one esbuild bundle of its readVault and VaultIndex, and the cold index measured
//   with both, turn about, on the same vault in the same run;
// - the plugin's path (`bench/plugin-path/`): its LiveIndex bundled as this tree's is, and the
//   plugin's first index measured with both, turn about.
//
// The term search (src/engine/search/) is bound at build time through the `bench:term-search`
// module: its `TermSearch` when the folder has it and it builds, nothing otherwise (the search
// figure then reads "search: not built yet").
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "bench", ".build", "main.cjs");

function findTermSearch() {
  const folder = join(root, "src", "engine", "search");
  if (!existsSync(folder)) return undefined;
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".ts")).sort()) {
    const path = join(folder, file);
    if (/export\s+class\s+TermSearch\b/.test(readFileSync(path, "utf8"))) return path;
  }
  return undefined;
}

function termSearchPlugin(modulePath) {
  return {
    name: "bench-term-search",
    setup(build) {
      build.onResolve({ filter: /^bench:term-search$/ }, () => ({ path: "term-search", namespace: "bench" }));
      build.onLoad({ filter: /.*/, namespace: "bench" }, () => ({
        resolveDir: root,
        loader: "ts",
        contents: modulePath
          ? `export { TermSearch } from ${JSON.stringify(modulePath)};\nexport const modulePath = ${JSON.stringify(relative(root, modulePath))};\n`
          : `export const TermSearch = undefined;\nexport const modulePath = "";\n`,
      }));
    },
  };
}

async function bundle(modulePath) {
  await esbuild.build({
    entryPoints: [join(root, "bench", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    sourcemap: "linked",
    logLevel: "silent",
    plugins: [termSearchPlugin(modulePath)],
  });
}

/** Bundles the engine at `ref` into bench/.build/baseline.cjs; returns the arguments that name it. */
async function bundleBaseline(ref) {
  const dir = mkdtempSync(join(tmpdir(), "linked-devops-notes-baseline-"));
  try {
    const archive = spawnSync("git", ["archive", "--format=tar", ref, "src"], { cwd: root, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${ref} failed: ${archive.stderr.toString().trim()}`);
    const untar = spawnSync("tar", ["-x", "-C", dir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr.toString().trim()}`);
    const entry = join(dir, "baseline-entry.ts");
    writeFileSync(entry, 'export { readVault } from "./src/cli/read-vault";\nexport { VaultIndex } from "./src/engine/index/vault-index";\n');
    const out = join(root, "bench", ".build", "baseline.cjs");
    await esbuild.build({
      entryPoints: [entry], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: out,
      logLevel: "silent", nodePaths: [join(root, "node_modules")],
    });
    return ["--baseline-bundle", out, "--baseline-ref", ref];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const baselineAt = args.indexOf("--baseline");
let baseline = [];
let baselineRef;
if (baselineAt !== -1) {
  baselineRef = args[baselineAt + 1];
  if (!baselineRef || baselineRef.startsWith("--")) {
    console.error("--baseline needs a git ref (or none): npm run bench -- --baseline main");
    process.exit(2);
  }
  args.splice(baselineAt, 2);
  if (baselineRef !== "none") {
    baseline = await bundleBaseline(baselineRef);
    console.error(`baseline: the engine at ${baselineRef} bundled into bench/.build/baseline.cjs`);
  }
}

const search = findTermSearch();
try {
  await bundle(search);
  if (!search) console.error("search: not built yet (no TermSearch in src/engine/search/); the search figure is skipped");
} catch (error) {
  if (!search) throw error;
  console.error(`search: ${relative(root, search)} does not build yet; the search figure is skipped\n${error.message.split("\n").slice(0, 3).join("\n")}`);
  await bundle(undefined);
}

/** The store a tree's live index keeps itself in: IndexedDB since it left the plugin folder, a cache file before. */
function pluginStorePlugin(srcDir) {
  const indexedDb = join(srcDir, "plugin", "host", "index-store.ts");
  const contents = existsSync(indexedDb)
    ? `export { IndexedDbIndexStore as Store } from ${JSON.stringify(indexedDb)};\nexport const storeKind = "indexeddb";\n`
    : `export { IndexCache as Store } from ${JSON.stringify(join(srcDir, "plugin", "host", "index-cache.ts"))};\nexport const storeKind = "file";\n`;
  return {
    name: "bench-plugin-store",
    setup(build) {
      build.onResolve({ filter: /^bench:plugin-store$/ }, () => ({ path: "plugin-store", namespace: "bench" }));
      build.onLoad({ filter: /.*/, namespace: "bench" }, () => ({ resolveDir: root, loader: "ts", contents }));
    },
  };
}

/** Imports of this tree's `src/` from outside it (the bench's entry) go to `srcDir` instead. */
function sourceTreePlugin(srcDir) {
  const ownSrc = join(root, "src") + "/";
  return {
    name: "bench-source-tree",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData?.redirected || args.resolveDir.startsWith(srcDir)) return undefined;
        const target = join(args.resolveDir, args.path);
        if (!target.startsWith(ownSrc)) return undefined;
        const moved = join(srcDir, relative(ownSrc, target));
        return build.resolve(moved, { resolveDir: args.resolveDir, kind: args.kind, pluginData: { redirected: true } });
      });
    },
  };
}

async function bundlePluginPath(srcDir, out) {
  await esbuild.build({
    entryPoints: [join(root, "bench", "plugin-path", "run-live-index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: out,
    logLevel: "silent",
    alias: { obsidian: join(root, "bench", "plugin-path", "obsidian-for-bench.ts") },
    plugins: [pluginStorePlugin(srcDir), ...(srcDir === join(root, "src") ? [] : [sourceTreePlugin(srcDir)])],
  });
}

/** The baseline's `src/`, taken out of git into bench/.build/; undefined when there is no such commit. */
function baselineSource(ref) {
  const rev = spawnSync("git", ["rev-parse", "--verify", "--short", `${ref}^{commit}`], { cwd: root, encoding: "utf8" });
  if (rev.status !== 0) return undefined;
  const sha = rev.stdout.trim();
  const dir = join(root, "bench", ".build", `baseline-${sha}`);
  if (!existsSync(join(dir, "src"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = spawnSync("git", ["archive", "--format=tar", sha, "src"], { cwd: root, maxBuffer: 1 << 28 });
    if (tar.status !== 0) return undefined;
    const untar = spawnSync("tar", ["-x", "-C", dir], { input: tar.stdout });
    if (untar.status !== 0) return undefined;
  }
  return { dir: join(dir, "src"), label: `${ref} (${sha})` };
}

const env = { ...process.env };
try {
  const branchOut = join(root, "bench", ".build", "plugin-path.cjs");
  await bundlePluginPath(join(root, "src"), branchOut);
  env.LDN_BENCH_PLUGIN_PATH = branchOut;
} catch (error) {
  console.error(`plugin path: does not build; its figures are skipped\n${error.message.split("\n").slice(0, 3).join("\n")}`);
}
const pluginBaseline = baselineRef && baselineRef !== "none" ? baselineSource(baselineRef) : undefined;
if (baselineRef && baselineRef !== "none" && !pluginBaseline) console.error(`plugin path: no commit "${baselineRef}" to measure against; the baseline is skipped`);
if (pluginBaseline && env.LDN_BENCH_PLUGIN_PATH) {
  try {
    const baselineOut = join(root, "bench", ".build", "plugin-path-baseline.cjs");
    await bundlePluginPath(pluginBaseline.dir, baselineOut);
    env.LDN_BENCH_BASELINE = baselineOut;
    env.LDN_BENCH_BASELINE_LABEL = pluginBaseline.label;
  } catch (error) {
    console.error(`plugin path at ${pluginBaseline.label}: does not build; the baseline is skipped\n${error.message.split("\n").slice(0, 3).join("\n")}`);
  }
}

const run = spawnSync(process.execPath, ["--expose-gc", "--enable-source-maps", outfile, ...args, ...baseline], { stdio: "inherit", cwd: root, env });
process.exit(run.status ?? 1);
