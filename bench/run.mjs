// `npm run bench`: bundles bench/main.ts (and the engine it measures) with esbuild into
// bench/.build/, then runs it with `node --expose-gc`. Arguments are passed on:
// `npm run bench -- --large` adds the 100k-note vault.
//
// The term search (src/engine/search/) is bound at build time through the `bench:term-search`
// module: its `TermSearch` when the folder has it and it builds, nothing otherwise (the search
// figure then reads "search: not built yet").
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
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

const search = findTermSearch();
try {
  await bundle(search);
  if (!search) console.error("search: not built yet (no TermSearch in src/engine/search/); the search figure is skipped");
} catch (error) {
  if (!search) throw error;
  console.error(`search: ${relative(root, search)} does not build yet; the search figure is skipped\n${error.message.split("\n").slice(0, 3).join("\n")}`);
  await bundle(undefined);
}

const run = spawnSync(process.execPath, ["--expose-gc", "--enable-source-maps", outfile, ...process.argv.slice(2)], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
