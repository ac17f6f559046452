// Run by `npm version <patch|minor|major>` (the "version" script): copies the new version from
// package.json into manifest.json, and records in versions.json which Obsidian version it needs,
// as the Obsidian sample plugin does. npm then commits the three files and tags the commit with
// the bare version (no leading "v", see .npmrc), which is what the release workflow builds.
import { readFileSync, writeFileSync } from "node:fs";

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
  console.error("version-bump: run through `npm version`, which sets npm_package_version");
  process.exit(2);
}

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, 2) + "\n");

// Every release is listed (the sample plugin lists only a new minAppVersion): versions.json then
// always names the version in manifest.json, so a test can check the two are in step.
const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, 2) + "\n");
