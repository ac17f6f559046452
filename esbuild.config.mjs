// Builds the two shells of the engine:
// - main.js: the Obsidian plugin (CommonJS; Obsidian supplies `obsidian`, `electron`,
//   `@codemirror/*` and `@lezer/*` at run time). Node's `fs` is replaced by a shim: the plugin
//   must load on Obsidian mobile, where there is none.
// - dist/cli.cjs: the command-line tool, for Node, with the real `fs`.
// Also writes styles.css from the sources in styles/, and THIRD-PARTY-NOTICES.md from what the
// bundles hold (their licence comments are kept too, and main.js ends with a list of them).
//
// `node esbuild.config.mjs` builds once (minified plugin, size printed). `--watch` rebuilds the
// plugin, the CLI and styles.css on every change; `--watch --vault <path> [--config-dir .obsidian]`
// also copies the plugin into that vault after each rebuild, for Hot Reload (CONTRIBUTING.md).
import esbuild from "esbuild";
import { readdirSync, readFileSync, statSync, watch as watchFolder, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { installPlugin, vaultArguments } from "./scripts/install-plugin.mjs";
import { bundledPackages, licenceFooter, noticesMarkdown } from "./scripts/third-party-notices.mjs";

const args = process.argv.slice(2);
const watch = args.includes("--watch");
const devVault = args.includes("--vault") ? vaultArguments(args.filter((a) => a !== "--watch" && a !== "--vault")) : undefined;

// js-yaml 3 (inside gray-matter) probes for Node's `buffer` through an aliased `require`
// (`var _require = require; _require('buffer')`), which a bundler cannot see and which asks
// Obsidian mobile for a module it does not have. Without the probe js-yaml falls back to its own
// code, as it does in any browser: the plugin bundle gets the fallback from the start.
const noRequireProbes = {
  name: "no-require-probes",
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]binary\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("var _require = require;")) throw new Error(`js-yaml changed: no require probe in ${args.path}`);
      return { contents: source.replace("var _require = require;", "var _require = undefined;"), loader: "js" };
    });
  },
};

// Two pieces of the frontmatter libraries build code from strings, and neither can run here:
// js-yaml 3's `!!js/function` type (`new Function`, and a probe for `esprima`) is in no schema
// `safeLoad` uses, and gray-matter's JavaScript engine (`eval`) is always replaced by ours, which
// refuses. Dead code, but code that reviewers rightly flag: both are replaced by stand-ins that
// run nothing. `test/release/bundle-safety.test.ts` holds the bundles to it.
const STUBS = [
  {
    file: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/,
    expect: "new Function(",
    stub: () => "'use strict';\nvar Type = require('../../type');\nmodule.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });\n",
  },
  {
    file: /gray-matter[\\/]lib[\\/]engines\.js$/,
    expect: "return eval(str) || {};",
    stub: (source) => source.replace("return eval(str) || {};", "throw new Error('frontmatter in JavaScript is never evaluated');"),
  },
];
const noCodeFromStrings = {
  name: "no-code-from-strings",
  setup(build) {
    for (const { file, expect, stub } of STUBS) {
      build.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(expect)) throw new Error(`${args.path} changed (no "${expect}" in it): review its stub in esbuild.config.mjs`);
        return { contents: stub(source), loader: "js" };
      });
    }
  },
};

// gray-matter keeps a Buffer copy of each text it reads (`file.orig`), which nothing here reads;
// Obsidian mobile (and any browser) has no Buffer, so every note's frontmatter failed to read
// there. The copy stays the string it was.
const noNodeBuffer = {
  name: "no-node-buffer",
  setup(build) {
    build.onLoad({ filter: /gray-matter[\\/]lib[\\/]utils\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const copy = "typeof input === 'string' ? Buffer.from(input) : input";
      if (!source.includes(copy)) throw new Error(`gray-matter changed: no Buffer copy in ${args.path}`);
      return { contents: source.replace(copy, "input"), loader: "js" };
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
  plugins: [noRequireProbes, noCodeFromStrings, noNodeBuffer],
  minify: production,
  sourcemap: production ? false : "inline",
  logLevel: "warning",
  // The bundled packages' licence comments stay, gathered at the end of the file.
  legalComments: "eof",
  metafile: true,
};

const cli = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  outfile: "dist/cli.cjs",
  plugins: [noCodeFromStrings],
  logLevel: "warning",
  legalComments: "eof",
  metafile: true,
};

function buildStyles() {
  const files = readdirSync("styles").filter((f) => f.endsWith(".css")).sort();
  const css = files.map((f) => `/* ${f} */\n${readFileSync(`styles/${f}`, "utf8").trim()}\n`).join("\n");
  writeFileSync("styles.css", css);
}

function copyToDevVault() {
  if (!devVault?.vault) return;
  const target = installPlugin(devVault.vault, devVault.configDir, { hotReload: true });
  console.log(`copied to ${target}`);
}

/** Rebuilds styles.css whenever a file in styles/ changes (a burst of events is one rebuild). */
function watchStyles() {
  let pending;
  watchFolder("styles", () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      buildStyles();
      console.log("rebuilt styles.css");
      copyToDevVault();
    }, 50);
  });
}

if (watch) {
  const afterEach = { name: "after-each-build", setup: (build) => build.onEnd((result) => result.errors.length === 0 && copyToDevVault()) };
  const contexts = await Promise.all([esbuild.context({ ...plugin, plugins: [...plugin.plugins, afterEach] }), esbuild.context(cli)]);
  buildStyles();
  await Promise.all(contexts.map((c) => c.watch()));
  watchStyles();
  console.log(`watching src/ and styles/ for changes${devVault?.vault ? `, copying the plugin into ${devVault.vault}` : ""}`);
} else {
  const [pluginResult, cliResult] = await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
  buildStyles();
  const packages = bundledPackages([
    { bundle: "main.js", metafile: pluginResult.metafile },
    { bundle: "dist/cli.cjs", metafile: cliResult.metafile },
  ]);
  writeFileSync("THIRD-PARTY-NOTICES.md", noticesMarkdown(packages));
  writeFileSync("main.js", readFileSync("main.js", "utf8") + licenceFooter(packages, "main.js"));
  const kb = (f) => (statSync(f).size / 1024).toFixed(1);
  // The release bundle's size budget (package.json config.bundleBudgetKb); a test holds it too.
  const budget = JSON.parse(readFileSync("package.json", "utf8")).config.bundleBudgetKb;
  console.log(`built main.js (${kb("main.js")} KB of a ${budget} KB budget), styles.css (${kb("styles.css")} KB), dist/cli.cjs (${kb("dist/cli.cjs")} KB), THIRD-PARTY-NOTICES.md (${packages.length} packages)`);
}
