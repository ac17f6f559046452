import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";

/**
 * The browser test's page, served to Chromium by `page.route` from memory (no server, no port):
 * the shell and theme in `page/`, the shipped `styles.css`, and three bundles made here: the fake
 * Obsidian (an IIFE whose global `FakeObsidian` is what `main.js` gets for `require("obsidian")`),
 * the other modules Obsidian lends its plugins that `main.js` asks for (CodeMirror's, from the
 * devDependencies, as the global `ObsidianModules`), and the page's host script.
 */

/** A made-up origin: every request the page makes is answered here or refused. */
export const ORIGIN = "http://linked-devops-notes.test";

interface Asset {
  body: string;
  contentType: string;
}

/** What Obsidian itself supplies to a plugin besides `obsidian`, on desktop and mobile alike. */
export const LENT_BY_OBSIDIAN = /^@(codemirror|lezer)\//;

/** Every module id a built bundle names in a plain `require("…")`, each once. */
export function requiredIds(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? ""))];
}

/** Collects the page's uncaught errors and console errors into `into`. */
export function collectPageErrors(page: Page, into: string[]): void {
  page.on("pageerror", (error) => into.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") into.push(message.text());
  });
}

async function bundle(entry: string | { contents: string }, globalName?: string): Promise<string> {
  const result = await build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: ".", sourcefile: "obsidian-modules.ts" } }),
    bundle: true,
    format: "iife",
    ...(globalName ? { globalName } : {}),
    // The browser's platform: a Node import in the fake (NodeFolderStorage) fails this build.
    platform: "browser",
    // The fake metadataCache reads frontmatter with gray-matter, whose `fs` is never used (as in the CLI).
    alias: { fs: "./src/plugin/shims/no-fs.ts" },
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error(`esbuild wrote nothing for ${typeof entry === "string" ? entry : "stdin"}`);
  return file.text;
}

/**
 * The page's files by path; `styles.css` is the shipped one at the repository root. `lent` are the
 * module ids besides `obsidian` that main.js requires and Obsidian supplies (one bundle, so that
 * @codemirror/view and the plugin share one @codemirror/state, as in the app).
 */
export async function buildPageAssets(lent: readonly string[]): Promise<Map<string, Asset>> {
  const modules = lent.map((id, i) => `import * as m${i} from ${JSON.stringify(id)};`).join("\n") + `\nexport default { ${lent.map((id, i) => `${JSON.stringify(id)}: m${i}`).join(", ")} };`;
  const [fake, obsidianModules, host] = await Promise.all([
    bundle("test/fakes/obsidian/index.ts", "FakeObsidian"),
    bundle({ contents: modules }, "ObsidianModules"),
    bundle("test/browser/page/host.ts"),
  ]);
  return new Map<string, Asset>([
    ["/index.html", { body: readFileSync("test/browser/page/index.html", "utf8"), contentType: "text/html; charset=utf-8" }],
    ["/obsidian-theme.css", { body: readFileSync("test/browser/page/obsidian-theme.css", "utf8"), contentType: "text/css; charset=utf-8" }],
    ["/styles.css", { body: readFileSync("styles.css", "utf8"), contentType: "text/css; charset=utf-8" }],
    ["/fake-obsidian.js", { body: fake, contentType: "text/javascript; charset=utf-8" }],
    ["/obsidian-modules.js", { body: obsidianModules, contentType: "text/javascript; charset=utf-8" }],
    ["/host.js", { body: host, contentType: "text/javascript; charset=utf-8" }],
  ]);
}

/**
 * Answers the page's requests from `assets` and refuses everything else. Returns the log of
 * every request the page made (URLs, in order), refused ones included.
 */
export async function servePage(page: Page, assets: Map<string, Asset>): Promise<string[]> {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const asset = url.origin === ORIGIN ? assets.get(url.pathname) : undefined;
    if (asset) await route.fulfill({ status: 200, contentType: asset.contentType, body: asset.body });
    else await route.abort("blockedbyclient");
  });
  return requests;
}

/** Every file of a folder by its `/`-separated path, as the fake vault's storage takes them. */
export function readFolder(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(root, full).split("\\").join("/").normalize("NFC")] = readFileSync(full, "utf8");
    }
  };
  walk(root);
  return files;
}
