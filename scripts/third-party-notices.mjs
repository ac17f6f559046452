// The third-party notices of the bundles, from what esbuild actually put in them (its metafile),
// not from package.json: a dependency that is tree-shaken away is not listed, and one that comes
// in through another (js-yaml through gray-matter) is.
//
// - `THIRD-PARTY-NOTICES.md`: each bundled package with its version, licence, the bundles it is
//   in and its licence text as the package ships it (attached to releases, packed for npm);
// - `licenceFooter()`: one legal comment for the end of main.js naming each package, its licence
//   and copyright line, because Obsidian installs main.js without any other file of the release.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Package folders (`node_modules/a`, `node_modules/@s/b`, nested too) whose files a bundle holds. */
export function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) dirs.add(match[1]);
  }
  return [...dirs];
}

/** name, version, licence, licence text and copyright line of the package in `dir`. */
export function describePackage(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const licenceFile = readdirSync(dir).filter((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)).sort()[0];
  if (!licenceFile) throw new Error(`${pkg.name} ships no licence file; add its notice by hand before bundling it`);
  const text = readFileSync(join(dir, licenceFile), "utf8").replace(/\r\n?/g, "\n").trim();
  const copyright = text.split("\n").find((line) => /copyright\s+(\(c\)|©|\d{4})/i.test(line))?.trim();
  return { name: pkg.name, version: pkg.version, license: typeof pkg.license === "string" ? pkg.license : "see its licence", text, copyright };
}

/**
 * @param {Array<{ bundle: string; metafile: import("esbuild").Metafile }>} builds
 * @returns {Array<ReturnType<typeof describePackage> & { bundles: string[] }>} sorted by name
 */
export function bundledPackages(builds) {
  const byName = new Map();
  for (const { bundle, metafile } of builds) {
    for (const dir of bundledPackageDirs(metafile)) {
      const described = describePackage(dir);
      const key = `${described.name}@${described.version}`;
      const entry = byName.get(key) ?? { ...described, bundles: [] };
      if (!entry.bundles.includes(bundle)) entry.bundles.push(bundle);
      byName.set(key, entry);
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function noticesMarkdown(packages) {
  const lines = [
    "# Third-party notices",
    "",
    "The plugin (`main.js`) and the command-line tool (`dist/cli.cjs`) bundle the packages below,",
    "each under its own licence, reproduced here as the package ships it.",
    "Written by `npm run build` from what the bundles hold; not edited by hand.",
    "",
  ];
  for (const p of packages) {
    lines.push(`## ${p.name} ${p.version}`, "", `Licence: ${p.license}. Bundled in: ${p.bundles.join(", ")}.`, "", "```text", p.text, "```", "");
  }
  return lines.join("\n");
}

/** One legal comment (`/*!`, kept by minifiers) naming every package a bundle holds. */
export function licenceFooter(packages, bundle) {
  const rows = packages
    .filter((p) => p.bundles.includes(bundle))
    .map((p) => ` * ${p.name} ${p.version} (${p.license})${p.copyright ? `: ${p.copyright.replace(/\*\//g, "* /")}` : ""}`);
  return `\n/*! Linked DevOps Notes bundles these packages, each under its licence (full texts in THIRD-PARTY-NOTICES.md):\n${rows.join("\n")}\n */\n`;
}
