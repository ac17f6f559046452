#!/usr/bin/env node
// Copies the built plugin into a vault so it can be enabled in Settings → Community plugins:
//   npm run install-plugin -- <vault> [--config-dir .obsidian]
// The config folder is `.obsidian` unless the vault uses another (Obsidian lets users rename it).
// `npm run dev -- --vault <vault>` calls `installPlugin` after every rebuild (see CONTRIBUTING.md).
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

/** `--config-dir DIR` and the first other argument, from a command line. */
export function vaultArguments(args) {
  const at = args.indexOf("--config-dir");
  const configDir = at === -1 ? ".obsidian" : args[at + 1];
  const vault = args.find((arg, i) => !arg.startsWith("--") && (at === -1 || i !== at + 1));
  return { vault, configDir };
}

/**
 * Copies the three plugin files into `<vault>/<configDir>/plugins/<id>/` and returns that folder.
 * `hotReload` also leaves a `.hotreload` file there, which tells the Hot Reload plugin to reload
 * ours whenever the files change.
 */
export function installPlugin(vault, configDir, { hotReload = false } = {}) {
  const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
  const target = join(resolve(vault), configDir, "plugins", id);
  mkdirSync(target, { recursive: true });
  for (const file of PLUGIN_FILES) copyFileSync(file, join(target, file));
  if (hotReload && !existsSync(join(target, ".hotreload"))) writeFileSync(join(target, ".hotreload"), "");
  return target;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { vault, configDir } = vaultArguments(process.argv.slice(2));
  if (!vault || !configDir) {
    console.error("Usage: npm run install-plugin -- <vault> [--config-dir .obsidian]");
    process.exit(2);
  }
  if (!existsSync(vault) || !statSync(vault).isDirectory()) {
    console.error(`install-plugin: "${vault}" is not a folder`);
    process.exit(2);
  }
  for (const file of PLUGIN_FILES) {
    if (!existsSync(file)) {
      console.error(`install-plugin: ${file} is missing; run npm run build first`);
      process.exit(2);
    }
  }
  const target = installPlugin(vault, configDir);
  console.log(`Installed into ${target}. Enable it in Settings → Community plugins.`);
}
