#!/usr/bin/env node
// Copies the built plugin into a vault so it can be enabled in Settings → Community plugins:
//   npm run install-plugin -- <vault> [--config-dir .obsidian]
// The config folder is `.obsidian` unless the vault uses another (Obsidian lets users rename it).
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const at = args.indexOf("--config-dir");
const configDir = at === -1 ? ".obsidian" : args[at + 1];
const vault = args.find((arg, i) => !arg.startsWith("--") && (at === -1 || i !== at + 1));
if (!vault || !configDir) {
  console.error("Usage: npm run install-plugin -- <vault> [--config-dir .obsidian]");
  process.exit(2);
}
if (!existsSync(vault) || !statSync(vault).isDirectory()) {
  console.error(`install-plugin: "${vault}" is not a folder`);
  process.exit(2);
}
const files = ["main.js", "manifest.json", "styles.css"];
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`install-plugin: ${file} is missing; run npm run build first`);
    process.exit(2);
  }
}
const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
const target = join(resolve(vault), configDir, "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of files) copyFileSync(file, join(target, file));
console.log(`Installed ${id} into ${target}. Enable it in Settings → Community plugins.`);
