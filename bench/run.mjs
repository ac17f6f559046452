// `npm run bench`: bundles bench/main.ts (and the engine it measures) with esbuild into
// bench/.build/, then runs it with `node --expose-gc`. Arguments are passed on:
// `npm run bench -- --large` adds the 100k-note vault.
//
// `npm run bench -- --vault DIR` measures the cold index of a vault folder of your own.
// The cold index is compared with ripgrep when `rg` is installed (Debian: `apt-get install
// ripgrep`); without it the table says "rg not installed".
//
// `npm run bench -- --baseline <ref>` also bundles the engine as it was at a git ref (a commit,
// a branch, `main`): `git archive` of its src/ into a temp folder, one esbuild bundle of its
// readVault and VaultIndex, and the cold index is measured with both, turn about, on the same
// vault in the same run.
//
// The term search (src/engine/search/) is bound at build time through the `bench:term-search`
// module: its `TermSearch` when the folder has it and it builds, nothing otherwise (the search
// figure then reads "search: not built yet").
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
if (baselineAt !== -1) {
  const ref = args[baselineAt + 1];
  if (!ref || ref.startsWith("--")) {
    console.error("--baseline needs a git ref: npm run bench -- --baseline main");
    process.exit(2);
  }
  args.splice(baselineAt, 2);
  baseline = await bundleBaseline(ref);
  console.error(`baseline: the engine at ${ref} bundled into bench/.build/baseline.cjs`);
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

const run = spawnSync(process.execPath, ["--expose-gc", "--enable-source-maps", outfile, ...args, ...baseline], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
