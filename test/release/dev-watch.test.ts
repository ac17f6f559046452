import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * `npm run dev` (the build's `--watch`) in a copy of the sources, so the repository's own main.js
 * is never replaced by a development build: styles.css is rebuilt when a file in styles/ changes,
 * and with `--vault` the plugin is copied into that vault with a `.hotreload` marker.
 */
const copy = mkdtempSync(join(tmpdir(), "linked-devops-dev-"));
const vault = join(copy, "vault");
let child: ChildProcess | undefined;
let output = "";

afterAll(() => {
  if (child?.pid !== undefined && child.exitCode === null) child.kill();
  rmSync(copy, { recursive: true, force: true });
});

async function until(what: string, ready: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the build said:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("npm run dev", () => {
  it("rebuilds styles.css when a style changes, and copies the plugin into the vault for Hot Reload", async () => {
    for (const path of ["esbuild.config.mjs", "package.json", "manifest.json", "tsconfig.json", "scripts", "src", "styles"]) cpSync(path, join(copy, path), { recursive: true });
    symlinkSync(resolve("node_modules"), join(copy, "node_modules"));
    mkdirSync(vault);
    child = spawn("node", ["esbuild.config.mjs", "--watch", "--vault", vault], { cwd: copy, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

    const installed = join(vault, ".obsidian", "plugins", "linked-devops-notes");
    // The build says "copied to" once every file is in place; main.js alone may be mid-copy.
    await until("the first build", () => output.includes("watching src/ and styles/") && output.includes(`copied to ${installed}`));
    expect(readdirSync(installed).sort()).toEqual([".hotreload", "main.js", "manifest.json", "styles.css"]);

    const sheet = readdirSync(join(copy, "styles")).find((f) => f.endsWith(".css")) as string;
    appendFileSync(join(copy, "styles", sheet), "\n.ldn-watch-probe { color: var(--text-accent); }\n");
    await until("styles.css rebuilt", () => readFileSync(join(copy, "styles.css"), "utf8").includes(".ldn-watch-probe"));
    await until("styles.css copied to the vault", () => readFileSync(join(installed, "styles.css"), "utf8").includes(".ldn-watch-probe"));
  }, 60_000);
});
