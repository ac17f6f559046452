// Builds the two shells of the engine:
// - main.js: the Obsidian plugin (CommonJS; Obsidian supplies `obsidian`, `electron`,
//   `@codemirror/*` and `@lezer/*` at run time). Node's `fs` is replaced by a shim: the plugin
//   must load on Obsidian mobile, where there is none.
// - dist/cli.cjs: the command-line tool, for Node, with the real `fs`.
// Also writes styles.css from the sources in styles/.
// `node esbuild.config.mjs` builds once (minified plugin, size printed); `--watch` rebuilds.
import esbuild from "esbuild";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";

const watch = process.argv.includes("--watch");

// js-yaml 3 (inside gray-matter) probes for Node's `buffer` and for `esprima` through an aliased
// `require` (`var _require = require; _require('buffer')`), which a bundler cannot see and which
// asks Obsidian mobile for modules it does not have. Without the probe js-yaml falls back to its
// own code, as it does in any browser: the plugin bundle gets the fallback from the start.
const noRequireProbes = {
  name: "no-require-probes",
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/](binary|js[\\/]function)\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("var _require = require;")) throw new Error(`js-yaml changed: no require probe in ${args.path}`);
      return { contents: source.replace("var _require = require;", "var _require = undefined;"), loader: "js" };
    });
  },
};
const production = !watch;

const plugin = {
  entryPoints: ["src/plugin/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "browser",
  target: "es2020",
  outfile: "main.js",
  // Node built-ins are deliberately not external: an import of one fails the plugin build.
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
  alias: { fs: "./src/plugin/shims/no-fs.ts" },
  plugins: [noRequireProbes],
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
  // The release bundle's size budget (package.json config.bundleBudgetKb); a test holds it too.
  const budget = JSON.parse(readFileSync("package.json", "utf8")).config.bundleBudgetKb;
  console.log(`built main.js (${kb("main.js")} KB of a ${budget} KB budget), styles.css (${kb("styles.css")} KB), dist/cli.cjs (${kb("dist/cli.cjs")} KB)`);
}
