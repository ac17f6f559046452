// Builds the two shells of the engine:
// - main.js: the Obsidian plugin (CommonJS; Obsidian supplies `obsidian`, `electron`,
//   `@codemirror/*` and `@lezer/*` at run time). Node's `fs` is replaced by a shim: the plugin
//   must load on Obsidian mobile, where there is none.
// - dist/cli.cjs: the command-line tool, for Node, with the real `fs`.
// Also writes styles.css from the sources in styles/.
// `node esbuild.config.mjs` builds once (minified plugin, size printed); `--watch` rebuilds.
import esbuild from "esbuild";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import builtins from "node:module";

const watch = process.argv.includes("--watch");
const production = !watch;

const plugin = {
  entryPoints: ["src/plugin/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "browser",
  target: "es2020",
  outfile: "main.js",
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtins.builtinModules.filter((m) => m !== "fs")],
  alias: { fs: "./src/plugin/shims/no-fs.ts" },
  minify: production,
  sourcemap: production ? false : "inline",
  logLevel: "warning",
  legalComments: "none",
};

const cli = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  outfile: "dist/cli.cjs",
  logLevel: "warning",
};

function buildStyles() {
  const files = readdirSync("styles").filter((f) => f.endsWith(".css")).sort();
  const css = files.map((f) => `/* ${f} */\n${readFileSync(`styles/${f}`, "utf8").trim()}\n`).join("\n");
  writeFileSync("styles.css", css);
}

if (watch) {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
  buildStyles();
  console.log("watching src/ for changes");
} else {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
  buildStyles();
  const kb = (f) => (statSync(f).size / 1024).toFixed(1);
  console.log(`built main.js (${kb("main.js")} KB), styles.css (${kb("styles.css")} KB), dist/cli.cjs (${kb("dist/cli.cjs")} KB)`);
}
